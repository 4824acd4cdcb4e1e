/**
 * `sys.stdout` and `sys.stderr`: text streams whose `write` goes to the run's output sink.
 * Mirrors the observable part of CPython 3.8's `io.TextIOWrapper` for the standard streams.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { hasLoneSurrogate, writeStderr, writeStdout } from '../runtime/io.ts';
import { encodeText } from '../objects/str-methods-codec.ts';
import { allocateAddress, releaseAddress } from '../runtime/memory.ts';
import { gcNoteFree } from '../runtime/gc-registry.ts';
import { builtinFunctionType } from '../objects/native-function.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, incref, type PyType } from '../runtime/object.ts';
import { callMethod } from '../runtime/call.ts';
import { counted } from '../runtime/abstract-object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { newBool, newInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, codePointLength, newStr } from '../objects/str.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** `_io.TextIOWrapper` (only what the standard streams need). */
export const textStreamType: PyType = staticType({ name: 'TextIOWrapper', module: '_io', basicsize: 208, flags: TPFLAGS_HAVE_GC });
markDottedTypeName(textStreamType);
// The buffered text lives in the host: a stream holds no Python object.
textStreamType.traverse = () => undefined;

/** A standard stream. */
export class PyTextStream extends PyObject {
  readonly streamName: 'stdout' | 'stderr';

  constructor(name: 'stdout' | 'stderr') {
    super(textStreamType, allocateAddress(textStreamType));
    this.streamName = name;
  }
}

/** The error handler of each standard stream under the C (or C.UTF-8) locale CPython runs in. */
const STREAM_ERRORS = { stdout: 'surrogateescape', stderr: 'backslashreplace' } as const;

/**
 * Writes text to a standard stream. `TextIOWrapper.write` encodes each text at once, so a lone
 * surrogate that stdout's handler cannot encode raises UnicodeEncodeError from that write.
 */
export function streamWrite(stream: PyTextStream, text: string): void {
  if (stream.streamName === 'stderr') {
    writeStderr(text);
    return;
  }
  // DEVIATION(cpython): surrogateescape writes U+DC80..U+DCFF as the raw bytes 0x80..0xFF; the
  // output sink carries text, so those come out as the host encodes a lone surrogate (U+FFFD).
  if (hasLoneSurrogate(text)) encodeText(text, 'utf-8', STREAM_ERRORS.stdout);
  writeStdout(text);
}

const CALLING = ' while calling a Python object';

/**
 * The standard stream's `write` and `flush` as their methods run them: `TextIOWrapper` calls into
 * the buffered writer below it, one recursion level (what a recursion that prints runs into).
 */
function throughBuffer(stream: PyTextStream, text: string): void {
  counted(CALLING, () => { streamWrite(stream, text); });
}

/**
 * `PyFile_WriteObject` on a standard stream: a call of its bound `write` method, then the stream's
 * own. The bound method is made (`_PyObject_GetAttrId(f, "write")`) and dropped around the call:
 * it takes a block off the free list of built-in methods and puts it back, and after
 * `gc.collect()` has emptied that list its first allocation counts for the collector.
 */
export function callStreamWrite(stream: PyTextStream, text: string): void {
  boundWriteBlock();
  counted(CALLING, () => { throughBuffer(stream, text); });
}

/**
 * The memory of the bound `write` method {@link callStreamWrite} stands for: taken and given back
 * at once, as no Python code can see the method itself (cheaper than making the object).
 */
function boundWriteBlock(): void {
  const handle = allocateAddress(builtinFunctionType);
  if (!releaseAddress(handle, builtinFunctionType)) gcNoteFree();
}

textStreamType.repr = (self) => {
  const s = self as PyTextStream;
  return newStr(`<_io.TextIOWrapper name='<${s.streamName}>' mode='w' encoding='utf-8'>`);
};

addMethods(textStreamType, [
  {
    name: 'write', kind: 'o',
    impl: (self, args) => {
      const text = args[0] as PyObject;
      if (!(text instanceof PyStr)) throw typeError(`write() argument must be str, not ${argTypeName(text)}`);
      throughBuffer(self as PyTextStream, text.value);
      return newInt(codePointLength(text.value));
    },
  },
  {
    name: 'flush', kind: 'noargs',
    impl: (self) => {
      throughBuffer(self as PyTextStream, '');
      return incref(None);
    },
  },
  { name: 'isatty', kind: 'noargs', impl: () => newBool(false) },
  { name: 'writable', kind: 'noargs', impl: () => newBool(true) },
]);
addGetSets(textStreamType, [
  { name: 'encoding', get: () => newStr('utf-8') },
  { name: 'errors', get: (self) => newStr(STREAM_ERRORS[(self as PyTextStream).streamName]) },
  { name: 'closed', get: () => newBool(false) },
  { name: 'name', get: (self) => newStr(`<${(self as PyTextStream).streamName}>`) },
]);

/**
 * `PyFile_WriteString(text, file)`: the standard streams take the text directly; any other file
 * object gets `file.write(text)`.
 */
export function writeToFile(file: PyObject, text: string): void {
  if (isStandardStream(file)) {
    callStreamWrite(file, text);
    return;
  }
  const s = newStr(text);
  try {
    decref(callMethod(file, 'write', [s]));
  } finally {
    decref(s);
  }
}

/** `PyFile_WriteObject(s, file, Py_PRINT_RAW)` for a str already made: `file.write(s)`, `s` itself. */
export function writeStrToFile(file: PyObject, s: PyStr): void {
  if (isStandardStream(file)) callStreamWrite(file, s.value);
  else decref(callMethod(file, 'write', [s]));
}

function isStandardStream(file: PyObject): file is PyTextStream {
  return file instanceof PyTextStream && file.type === textStreamType;
}
