/**
 * What both sides of a comparison go through first, exactly as the oracle's normalize.py does:
 * addresses become `0x?`, and traceback frames of files other than the program are dropped with
 * their indented source lines (corosim's asyncio is native and has no Python frames).
 * @module
 */

const ADDRESS = /0x[0-9a-fA-F]+/g;
const FRAME = /^ {2}File "([^"]+)", line \d+, in /;
/** The line boundaries of Python's `str.splitlines`, which normalize.py splits with. */
// eslint-disable-next-line no-control-regex -- \x1c-\x1e are line boundaries to Python.
const LINE = /[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])?/g;

/** Python's `text.splitlines(keepends=True)`. */
export function splitLinesKeepEnds(text: string): string[] {
  const lines = text.match(LINE) ?? [];
  // The pattern also matches the empty string at the very end.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Normalises `text`, the output of running `scenario` (its path as given to Python, such as
 * `gen/seed_fib.py`).
 */
export function normalize(text: string, scenario: string): string {
  const lines = splitLinesKeepEnds(text);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const frame = FRAME.exec(line);
    if (frame !== null && frame[1] !== scenario) {
      i += 1;
      while (i < lines.length && (lines[i] ?? '').startsWith('    ')) i += 1;
      continue;
    }
    out.push(line.replace(ADDRESS, '0x?'));
    i += 1;
  }
  return out.join('');
}
