#!/usr/bin/env python3
"""Writes a vitest file of recorded cases (packages/vm/test/support/cpython-cases.ts) from
programs: each NAME.py runs under CPython 3.8 through the oracle, and its source, stdout, stderr
and exit status (addresses as 0x?) become one case, named by the program's first comment line.
A developer tool: it needs python3.8; the test it writes never does.

    python3 scripts/dev/record-cases.py OUT.test.ts "describe title" "header comment" FILE_OR_DIR...

With --asyncio first, it writes the format of packages/eventloop/test/asyncio (RecordedCase rows
for `describeRecorded`, run with the reference-count check): the output goes through the
oracle's normalize.py (addresses, traceback frames of other files) and CPython's Lib path is
written as corosim's (/usr/lib/python3.8/).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), 'shared')
assert os.path.isdir(os.path.join(SHARED, 'oracle')), f'no oracle at {SHARED}'
ADDR = re.compile(r'0x[0-9a-fA-F]+')


def record(path):
    folder, name = os.path.split(os.path.abspath(path))
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.8.18')
    p = subprocess.run(['python3.8', os.path.join(SHARED, 'oracle', 'run_scenario.py'), name], cwd=folder, env=env, capture_output=True)
    with open(path) as fh:
        source = fh.read()
    first = source.splitlines()[0] if source else ''
    title = first[1:].strip() if first.startswith('#') else name
    return {
        'name': title,
        'file': name,
        'source': source,
        'stdout': ADDR.sub('0x?', p.stdout.decode()),
        'stderr': ADDR.sub('0x?', p.stderr.decode()),
        'exit': p.returncode,
    }


def record_asyncio(path, normalize, lib):
    """One RecordedCase row: file name, source, stdout, stderr, exit status (`lib`: CPython's Lib path)."""
    folder, name = os.path.split(os.path.abspath(path))
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.8.18')
    p = subprocess.run(['python3.8', os.path.join(SHARED, 'oracle', 'run_scenario.py'), name], cwd=folder, env=env, capture_output=True, text=True)
    with open(path) as fh:
        source = fh.read()
    texts = [normalize(t, name).replace(lib, '/usr/lib/python3.8/') for t in (p.stdout, p.stderr)]
    return '  [' + ', '.join([json.dumps(name), json.dumps(source), *map(json.dumps, texts), str(p.returncode)]) + '],'


def main_asyncio(out, title, header, files):
    sys.path.insert(0, os.path.join(SHARED, 'oracle'))
    from normalize import normalize  # noqa: E402
    env = dict(os.environ, PYENV_VERSION='3.8.18')
    lib = os.path.dirname(subprocess.run(['python3.8', '-c', 'import os; print(os.__file__)'], env=env, capture_output=True, text=True).stdout.strip()) + '/'
    rows = [record_asyncio(f, normalize, lib) for f in files]
    lines = ['// ' + line for line in header.split('\n')]
    lines += ["// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the",
              "// oracle's normalize.py (addresses, frames of other files), with CPython's Lib path as corosim's.",
              "import { type RecordedCase, describeRecorded } from './support/run-checked.ts';", '',
              'const cases: readonly RecordedCase[] = [', *rows, '];', '',
              f'describeRecorded({json.dumps(title)}, cases);', '']
    with open(out, 'w') as fh:
        fh.write('\n'.join(lines))
    print(f'{out}: {len(files)} cases')


def main(argv):
    asyncio_format = argv[:1] == ['--asyncio']
    if asyncio_format:
        argv = argv[1:]
    out, title, header, *inputs = argv
    files = []
    for a in inputs:
        if os.path.isdir(a):
            files.extend(sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith('.py')))
        else:
            files.append(a)
    if asyncio_format:
        main_asyncio(out, title, header, files)
        return
    support = os.path.relpath(os.path.join(os.path.dirname(os.path.dirname(HERE)), 'packages', 'vm', 'test', 'support', 'cpython-cases.ts'), os.path.dirname(os.path.abspath(out)))
    if not support.startswith('.'):
        support = './' + support
    lines = [f'// {header} Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.',
             f"import {{ describeCpythonCases, type CpythonCase }} from '{support}';", '', 'const CASES: readonly CpythonCase[] = [']
    for f in files:
        c = record(f)
        lines.append('  {')
        for k in ('name', 'file', 'source', 'stdout', 'stderr'):
            lines.append(f'    {k}: {json.dumps(c[k])},')
        lines.append(f"    exit: {c['exit']},")
        lines.append('  },')
    lines += ['];', '', f'describeCpythonCases({json.dumps(title)}, CASES);', '']
    with open(out, 'w') as fh:
        fh.write('\n'.join(lines))
    print(f'{out}: {len(files)} cases')


if __name__ == '__main__':
    main(sys.argv[1:])
