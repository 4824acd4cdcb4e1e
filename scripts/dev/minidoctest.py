"""A small stand-in for doctest, for running the doctests of CPython's own Lib/test files (say
test_generators.py's `__test__` dictionary) on corosim (which has no doctest) and on CPython 3.8
alike: `python minidoctest.py MODULE` imports MODULE from the current folder and runs the
examples of its `__test__` strings. Prints one line per failing example and a summary. Supports
the ELLIPSIS, NORMALIZE_WHITESPACE and IGNORE_EXCEPTION_DETAIL directives (written `# doctest:`
or `#doctest:`) and expected tracebacks (their last line is compared, as doctest does). Uses
nothing but builtins and sys.
"""
import sys


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def take(self):
        text = ''.join(self.parts)
        self.parts = []
        return text


def _examples(text):
    """(source, expected, options) of each `>>>` example in `text`."""
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if not stripped.startswith('>>>'):
            i += 1
            continue
        indent = len(line) - len(stripped)
        source = [stripped[4:]]
        i += 1
        while i < len(lines) and lines[i][indent:].startswith('...'):
            source.append(lines[i][indent + 4:] if lines[i][indent:] != '...' else '')
            i += 1
        want = []
        while i < len(lines) and lines[i].strip() and not lines[i].lstrip().startswith('>>>'):
            want.append(lines[i][indent:])
            i += 1
        src = '\n'.join(source) + '\n'
        if all(not l.strip() or l.lstrip().startswith('#') for l in source):
            continue  # doctest skips an example of comments only
        options = set()
        marker = src.find('doctest:')
        # `# doctest:` or `#doctest:`, as doctest's option directive allows.
        if marker >= 0 and src[:marker].rstrip().endswith('#'):
            for word in src[marker + 8:].split('\n')[0].replace(',', ' ').split():
                if word.startswith('+'):
                    options.add(word[1:])
        expected = '\n'.join(want) + '\n' if want else ''
        yield src, expected.replace('<BLANKLINE>', ''), options


def _ellipsis_match(want, got):
    pieces = want.split('...')
    if len(pieces) == 1:
        return want == got
    start, end = pieces[0], pieces[-1]
    if not got.startswith(start) or not got.endswith(end) or len(start) + len(end) > len(got):
        return False
    pos = len(start)
    limit = len(got) - len(end)
    for piece in pieces[1:-1]:
        at = got.find(piece, pos, limit)
        if at < 0:
            return False
        pos = at + len(piece)
    return True


def _matches(want, got, options):
    if 'NORMALIZE_WHITESPACE' in options:
        want = ' '.join(want.split())
        got = ' '.join(got.split())
    if want == got:
        return True
    # doctest accepts True for 1 and False for 0 (its DONT_ACCEPT_TRUE_FOR_1 is off).
    if (want, got) in (('1\n', 'True\n'), ('0\n', 'False\n')):
        return True
    return 'ELLIPSIS' in options and _ellipsis_match(want, got)


def _exception_line(exc):
    # The last line of `traceback.format_exception_only` (a SyntaxError's shows its message alone).
    tp = type(exc)
    name = tp.__qualname__
    if tp.__module__ not in ('__main__', 'builtins'):
        name = tp.__module__ + '.' + name
    text = exc.msg if isinstance(exc, SyntaxError) else str(exc)
    return name + ': ' + text + '\n' if text else name + '\n'


def _bare_name(exc_line):
    return exc_line.split(':')[0].strip().split('.')[-1] + '\n'


def run_text(name, text, globs, out):
    """Runs the examples of one string; (failures, tries)."""
    failures = tries = 0
    for n, (src, want, options) in enumerate(_examples(text)):
        tries += 1
        filename = '<doctest %s[%d]>' % (name, n)
        out.take()
        exc_line = None
        try:
            exec(compile(src, filename, 'single'), globs)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            exc_line = _exception_line(e)
        got = out.take()
        if got and not got.endswith('\n'):
            got += '\n'
        if exc_line is None:
            ok = _matches(want, got, options)
        else:
            marker = 'Traceback (most recent call last):'
            at = want.find(marker)
            if at < 0:
                ok = False
                got += 'raised ' + exc_line
            else:
                want_exc = want.rstrip('\n').split('\n')[-1] + '\n'
                got_exc = exc_line
                if 'IGNORE_EXCEPTION_DETAIL' in options:
                    # The exception's class name alone, without its module or its message.
                    want_exc, got_exc = (_bare_name(e) for e in (want_exc, got_exc))
                ok = _matches(want[:at], got, options) and _matches(want_exc, got_exc, options)
                got += exc_line
        if not ok:
            failures += 1
            sys.__stdout__.write('FAIL %s line: %s' % (filename, src.split('\n')[0] + '\n'))
            sys.__stdout__.write('  expected: %r\n  got:      %r\n' % (want, got))
    return failures, tries


def main(module_name):
    sys.path.insert(0, '.')
    module = __import__(module_name)
    tests = getattr(module, '__test__', {})
    total_fail = total = 0
    out = _Out()
    saved = sys.stdout
    for key in sorted(tests):
        globs = dict(module.__dict__)
        sys.stdout = out
        try:
            failures, tries = run_text(module_name + '.__test__.' + key, tests[key], globs, out)
        finally:
            sys.stdout = saved
        print('%s: %d of %d failed' % (key, failures, tries))
        total_fail += failures
        total += tries
    print('ran %d examples: %d failed' % (total, total_fail))


if __name__ == '__main__':
    main(sys.argv[1])
