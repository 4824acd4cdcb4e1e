/**
 * Where CPython 3.8's asyncio sources are, for the frames and `file:line` texts native code shows
 * in their place (corosim's asyncio is native; CPython's reprs and tracebacks name its files).
 * @module
 */
import type { rt } from '@corosim/vm/host';

/** Where CPython 3.8's asyncio sources are, for the frames native code stands in for. */
const ASYNCIO_DIR = '/usr/lib/python3.8/asyncio/';

/** `(file, line, name)` of a CPython asyncio frame. */
export function asyncioFrame(file: string, line: number, name: string): rt.HiddenFrame {
  return [ASYNCIO_DIR + file, line, name];
}

/** The path of a file of CPython's asyncio sources. */
export function asyncioPath(file: string): string {
  return ASYNCIO_DIR + file;
}

/** `file:line` of a definition in CPython's asyncio sources, as callback and coroutine reprs show it. */
export function asyncioSource(file: string, line: number): string {
  return `${ASYNCIO_DIR}${file}:${line}`;
}

