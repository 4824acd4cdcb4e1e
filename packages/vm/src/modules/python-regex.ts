/**
 * Python regular expressions run on the host's engine, for the few places corosim matches one
 * without an `re` module (the message and module patterns of `warnings` filters). The syntax the
 * two engines spell differently is rewritten: global inline flags at the start (`(?i)`, `(?s)`,
 * `(?x)`, ...), named groups (`(?P<name>...)`, `(?P=name)`), `\A` and `\Z`, comments
 * (`(?#...)`). A pattern that does not compile raises `re.error` with sre_parse's message for
 * the common mistakes. Mirrors the pattern syntax of CPython 3.8 Lib/sre_parse.py.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { staticType } from '../runtime/core-types.ts';
import { raiseMessage, type PyRaise } from '../runtime/errors.ts';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, type PyType } from '../runtime/object.ts';

/** `re.error` (a class of Lib/re.py's sre_constants), for the patterns corosim compiles. */
export const regexErrorType: PyType = staticType({ name: 'error', module: 're', base: E.Exception, basicsize: 88, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });

/** Skips the extension prefix of a group opened at `i` (`(?:`, `(?P<name>`, ...): the next index. */
function groupBodyStart(p: string, i: number): number {
  if (p[i + 1] !== '?') return i + 1;
  const kind = p[i + 2] ?? '';
  if (kind === 'P' && p[i + 3] === '<') {
    const end = p.indexOf('>', i);
    return end < 0 ? p.length : end + 1;
  }
  if (kind === ':' || kind === '=' || kind === '!') return i + 3;
  if (kind === '<' && (p[i + 3] === '=' || p[i + 3] === '!')) return i + 4;
  // `(?#...)`, `(?P=name)`, `(?i)`: up to the closing parenthesis, which the caller meets.
  let j = i + 2;
  while (j < p.length && p[j] !== ')') j++;
  return j;
}

/**
 * The message `sre_parse` gives a pattern with an unbalanced or unterminated group, an
 * unterminated class, a repeat of nothing or a trailing backslash; null when none of these.
 */
function patternMistake(p: string): string | null {
  const open: number[] = [];
  let atomStart = true;
  let afterRepeat = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if ('*+?'.includes(c)) {
      if (atomStart) return `nothing to repeat at position ${i}`;
      if (afterRepeat && c !== '?') return `multiple repeat at position ${i}`;
      afterRepeat = c !== '?' || !afterRepeat;
      continue;
    }
    afterRepeat = false;
    atomStart = false;
    if (c === '\\') {
      if (i + 1 >= p.length) return `bad escape (end of pattern) at position ${i}`;
      i++;
    } else if (c === '[') {
      let j = i + 1;
      if (p[j] === '^') j++;
      if (p[j] === ']') j++;
      while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
      if (j >= p.length) return `unterminated character set at position ${i}`;
      i = j;
    } else if (c === '(') {
      open.push(i);
      i = groupBodyStart(p, i) - 1;
      atomStart = true;
    } else if (c === ')') {
      if (open.pop() === undefined) return `unbalanced parenthesis at position ${i}`;
    } else if (c === '|') atomStart = true;
  }
  const last = open.pop();
  return last === undefined ? null : `missing ), unterminated subpattern at position ${last}`;
}

/**
 * `re.compile(pattern, flags)` for a `match` on the host's engine, raising `re.error` where
 * CPython's compiler refuses the pattern.
 *
 * @param pattern - the Python pattern text.
 * @param ignoreCase - whether `re.IGNORECASE` is given.
 * @returns the compiled expression.
 * @see CPython 3.8 Lib/sre_parse.py `parse`
 */
export function compilePythonRegexOrRaise(pattern: string, ignoreCase: boolean): RegExp {
  const mistake = patternMistake(pattern);
  const re = mistake === null ? compilePythonRegex(pattern, ignoreCase) : null;
  if (re !== null) return re;
  // DEVIATION(cpython): a mistake outside those `patternMistake` knows gets a message of its own.
  throw regexError(mistake ?? `cannot compile pattern ${JSON.stringify(pattern)}`);
}

function regexError(message: string): PyRaise {
  return raiseMessage(regexErrorType, message);
}

/** The flags of a global inline group the host engine has (`a`, `L` and `u` change nothing here). */
const HOST_FLAGS: Readonly<Record<string, string>> = { i: 'i', m: 'm', s: 's' };

/** Drops whitespace and `#` comments outside classes and escapes (`re.VERBOSE`). */
function stripVerbose(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

/** Rewrites the Python-only escapes and groups outside character classes. */
function rewriteSyntax(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      // `\A` and `\Z` anchor at the string's ends (the host's `^`/`$` do without the `m` flag).
      if (!inClass && next === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && next === 'Z') out += '(?![\\s\\S])';
      else out += c + next;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (source.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
    } else if (source.startsWith('(?P=', i)) {
      const end = source.indexOf(')', i);
      if (end < 0) return source;
      out += `\\k<${source.slice(i + 4, end)}>`;
      i = end;
    } else if (source.startsWith('(?#', i)) {
      const end = source.indexOf(')', i);
      if (end < 0) return source;
      i = end;
    } else out += c;
  }
  return out;
}

/**
 * `re.compile(pattern, flags).match`, on the host's engine: a test anchored at the start.
 *
 * @param pattern - the Python pattern text.
 * @param ignoreCase - whether `re.IGNORECASE` is given.
 * @returns the compiled expression, or null where the pattern does not compile.
 * @see CPython 3.8 Lib/sre_parse.py `parse` (global flags, named groups, anchors)
 */
export function compilePythonRegex(pattern: string, ignoreCase: boolean): RegExp | null {
  let source = pattern;
  const flags = new Set<string>(ignoreCase ? ['i'] : []);
  let verbose = false;
  // Global flags lead the pattern: `(?aiLmsux)`, possibly several groups.
  for (let m = /^\(\?([aiLmsux]+)\)/.exec(source); m !== null; m = /^\(\?([aiLmsux]+)\)/.exec(source)) {
    for (const f of m[1] ?? '') {
      const host = HOST_FLAGS[f];
      if (host !== undefined) flags.add(host);
      if (f === 'x') verbose = true;
    }
    source = source.slice(m[0].length);
  }
  if (verbose) source = stripVerbose(source);
  try {
    return new RegExp(`^(?:${rewriteSyntax(source)})`, [...flags].join(''));
  } catch (e) {
    if (e instanceof SyntaxError) return null;
    throw e;
  }
}
