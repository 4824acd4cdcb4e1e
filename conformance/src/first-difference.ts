/**
 * Where two texts first differ, as one line a person can act on.
 * @module
 */

const SHOWN = 60;

function show(line: string | undefined): string {
  if (line === undefined) return 'end of output';
  const text = line.length > SHOWN ? `${line.slice(0, SHOWN)}...` : line;
  return JSON.stringify(text);
}

/**
 * Describes the first line where `actual` differs from `expected`, or returns `undefined` when
 * they are equal.
 *
 * @param what - the name of the stream, such as `stdout`
 */
export function firstDifference(what: string, expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  const want = expected.split('\n');
  const got = actual.split('\n');
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i += 1;
  return `${what} line ${i + 1}: expected ${show(want[i])}, got ${show(got[i])}`;
}
