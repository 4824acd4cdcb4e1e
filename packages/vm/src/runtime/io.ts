/**
 * Where the program's output goes: the sink of the current run, written in order. `sys.stdout`
 * and `sys.stderr` write here unless the program replaces them.
 * @module
 */
import type { OutputStream } from '../api/outcome.ts';

let sink: (stream: OutputStream, text: string) => void = () => undefined;

/** Sets the sink of the current run. */
export function setOutputSink(write: (stream: OutputStream, text: string) => void): void {
  sink = write;
}

/** Writes to the process's standard output. */
export function writeStdout(text: string): void {
  if (text !== '') sink('stdout', text);
}

/** A surrogate code unit that is not half of a pair: a lone surrogate of a Python str. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** {@link LONE_SURROGATE}, every one (for replacing). */
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Whether `text` holds a lone surrogate. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * Writes to the process's standard error. CPython's stderr encodes with the `backslashreplace`
 * handler, so a lone surrogate comes out as its `\\udXXX` escape (a traceback's message, a print).
 */
export function writeStderr(text: string): void {
  if (text === '') return;
  const encodable = hasLoneSurrogate(text) ? text.replace(LONE_SURROGATES, (c) => `\\u${c.charCodeAt(0).toString(16)}`) : text;
  sink('stderr', encodable);
}

/** Source text by file name, for the source lines of tracebacks (`linecache`). */
const sources = new Map<string, readonly string[]>();

/** Registers the source of a file the program runs. */
export function registerSource(filename: string, source: string): void {
  sources.set(filename, source.split(/\r\n|\r|\n/));
}

/** The lines of `filename` as registered (without their newlines), or undefined. */
export function sourceLines(filename: string): readonly string[] | undefined {
  return sources.get(filename);
}

/**
 * Whether the interpreter's own traceback printer can read source lines: not once finalization
 * has emptied `sys.modules`, where `_Py_DisplaySourceLine` can no longer import `io`. (The
 * `traceback` module's `linecache`, already imported, still can.)
 */
let linesReadable = true;

/** Says that `sys.modules` was emptied (false) or that a run starts (true). */
export function setSourceLinesReadable(readable: boolean): void {
  linesReadable = readable;
}

/** {@link setSourceLinesReadable}'s state. */
export function sourceLinesReadable(): boolean {
  return linesReadable;
}

/** Lines of CPython's own library that native code stands in for, by `file:line` (kept across runs). */
const libraryLines = new Map<string, string>();

/**
 * Registers line `lineno` of a CPython library file (`asyncio/events.py:81`) that a hidden frame
 * names, so that tracebacks and warnings show it as CPython does.
 */
export function registerLibraryLine(filename: string, lineno: number, text: string): void {
  libraryLines.set(`${filename}:${lineno}`, text);
}

/** Line `lineno` (1-based) of `filename`, or null. */
export function sourceLine(filename: string, lineno: number): string | null {
  // `linecache.getlines`: a name in angle brackets (`<string>`, `<stdin>`) is no file.
  if (filename.startsWith('<') && filename.endsWith('>')) return null;
  return sources.get(filename)?.[lineno - 1] ?? libraryLines.get(`${filename}:${lineno}`) ?? null;
}

/** Forgets every registered source (a new run). */
export function clearSources(): void {
  sources.clear();
  linesReadable = true;
}
