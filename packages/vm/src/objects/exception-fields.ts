/**
 * The exceptions with extra members: OSError (`errno`, `strerror`, `filename`, `filename2`, the
 * errno → subclass mapping of its constructor, `[Errno N] ...` str), SyntaxError (`msg`,
 * `filename`, `lineno`, `offset`, `text`, `print_file_and_line`, `msg (file, line N)` str) and
 * the Unicode errors (`encoding`, `object`, `start`, `end`, `reason`). Mirrors CPython 3.8
 * Objects/exceptions.c (`OSError_new`, `oserror_init`, `OSError_str`, `SyntaxError_init`,
 * `SyntaxError_str`, `UnicodeEncodeError_init`, `UnicodeDecodeError_init`,
 * `UnicodeTranslateError_init` and their `_str`).
 * @module
 */
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { reprText, str, strText } from '../runtime/abstract-object.ts';
import { overflowError, setInitExtraFields, typeError, raiseMessage } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { PyBytes, newBytes } from './bytes.ts';
import { bytesLike } from './bytes-slots.ts';
import { PyBaseException, setExtra } from './exception-object.ts';
import * as E from './exceptions.ts';
import { exceptionTypes } from './exceptions.ts';
import { addReadonlyMembers, type ReadonlyMemberDef } from './getset.ts';
import { PyInt, intType, newInt } from './int.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { encodeErrorMessage, decodeErrorMessage, toCodePoints } from './str-methods-codec.ts';
import { asSsizeExact, isIndexable } from './str-methods-util.ts';
import { ssizeArg } from './list-methods.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { reportMissingParentheses } from '../source/syntax-error.ts';

const baseStr = (self: PyObject): PyObject => (E.BaseException.str as (o: PyObject) => PyObject)(self);

/** An object member (T_OBJECT) kept in the exception's extras: None when NULL; settable and deletable. */
function member(name: string, doc: string): ReadonlyMemberDef {
  return {
    name,
    doc,
    read: (self: PyObject) => incref((self as PyBaseException).extra.get(name) ?? None),
    write: (self: PyObject, value: PyObject | null) => { setExtra(self as PyBaseException, name, value === null ? null : incref(value)); },
  };
}

// ---------------------------------------------------------------------------------------------
// OSError

/** `errnomap` of Linux. */
const ERRNO_MAP: ReadonlyMap<number, string> = new Map([
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'], [32, 'BrokenPipeError'], [108, 'BrokenPipeError'],
  [10, 'ChildProcessError'], [103, 'ConnectionAbortedError'], [111, 'ConnectionRefusedError'], [104, 'ConnectionResetError'],
  [17, 'FileExistsError'], [2, 'FileNotFoundError'], [21, 'IsADirectoryError'], [20, 'NotADirectoryError'], [4, 'InterruptedError'],
  [13, 'PermissionError'], [1, 'PermissionError'], [3, 'ProcessLookupError'], [110, 'TimeoutError'],
]);

const positionalOf = (args: readonly PyObject[], kwnames: readonly string[] | null): readonly PyObject[] =>
  args.slice(0, args.length - (kwnames?.length ?? 0));

function noKeywords(type: PyType, kwnames: readonly string[] | null): void {
  if ((kwnames?.length ?? 0) > 0) throw typeError(`${tpName(type)}() takes no keyword arguments`);
}

/** `oserror_init`: sets the members and `args` (the first two arguments when a filename is given). */
function oserrorInit(e: PyBaseException, args: readonly PyObject[]): void {
  const n = args.length;
  const parsed = n >= 2 && n <= 5;
  const errno = parsed ? args[0] : undefined;
  const strerror = parsed ? args[1] : undefined;
  const filename = parsed ? args[2] : undefined;
  const filename2 = parsed ? args[4] : undefined;
  let kept = args;
  if (filename !== undefined && filename !== None) {
    if (e.type === exceptionTypes.get('BlockingIOError') && (isIndexable(filename) || filename.type.nbFloat !== undefined)) {
      // `PyNumber_AsSsize_t(filename, PyExc_ValueError)`, as oserror_parse_args converts it.
      e.written = asSsizeExact(filename, 'value');
    } else {
      setExtra(e, 'filename', incref(filename));
      if (filename2 !== undefined && filename2 !== None) setExtra(e, 'filename2', incref(filename2));
      kept = args.slice(0, 2);
    }
  }
  setExtra(e, 'errno', errno === undefined ? null : incref(errno));
  setExtra(e, 'strerror', strerror === undefined ? null : incref(strerror));
  const old = e.args;
  e.args = newTuple(kept);
  if (old !== null) decref(old);
}

const useInit = (type: PyType): boolean => type.init !== E.OSError.init && type.new === E.OSError.new;

E.OSError.new = (type, args, kwnames) => {
  let actual = type;
  const positional = positionalOf(args, kwnames);
  if (!useInit(type)) {
    noKeywords(type, kwnames);
    const errno = positional.length >= 2 && positional.length <= 5 ? positional[0] : undefined;
    if (errno instanceof PyInt && type === E.OSError) {
      const name = errno.big >= -(2n ** 31n) && errno.big < 2n ** 31n ? ERRNO_MAP.get(Number(errno.big)) : undefined;
      actual = (name === undefined ? undefined : exceptionTypes.get(name)) ?? type;
    }
  }
  const e = new PyBaseException(actual, allocateAddress(actual));
  if (actual.isHeapType) incref(actual);
  if (useInit(actual)) {
    e.args = newTuple([]);
    return e;
  }
  try {
    oserrorInit(e, positional);
  } catch (err) {
    // OSError_new's `error:` path: the half-made exception is freed (BlockingIOError's count).
    decref(e);
    throw err;
  }
  return e;
};
E.OSError.init = (self, args, kwnames) => {
  if (!useInit(self.type)) return;
  noKeywords(self.type, kwnames);
  oserrorInit(self as PyBaseException, positionalOf(args, kwnames));
};
E.OSError.str = (self) => {
  const e = self as PyBaseException;
  const errno = e.extra.get('errno') ?? None;
  const strerror = e.extra.get('strerror') ?? None;
  const filename = e.extra.get('filename');
  if (filename !== undefined) {
    const filename2 = e.extra.get('filename2');
    const tail = filename2 === undefined ? reprText(filename) : `${reprText(filename)} -> ${reprText(filename2)}`;
    return newStr(`[Errno ${strText(errno)}] ${strText(strerror)}: ${tail}`);
  }
  if (e.extra.has('errno') && e.extra.has('strerror')) return newStr(`[Errno ${strText(errno)}] ${strText(strerror)}`);
  return baseStr(self);
};
addReadonlyMembers(E.OSError, [
  member('errno', 'POSIX exception code'), member('strerror', 'exception strerror'),
  member('filename', 'exception filename'), member('filename2', 'second exception filename'),
]);
// `OSError_reduce`: args holds only errno and strerror when a file name was given: put it back.
addMethods(E.OSError, [
  {
    name: '__reduce__', kind: 'noargs',
    impl: (self) => {
      const e = self as PyBaseException;
      const args = e.args ?? None;
      const filename = e.extra.get('filename');
      let full: PyObject;
      if (args instanceof PyTuple && args.items.length === 2 && filename !== undefined) {
        const filename2 = e.extra.get('filename2');
        full = newTuple(filename2 === undefined ? [...args.items, filename] : [...args.items, filename, None, filename2]);
      } else full = incref(args);
      const res = newTuple(e.dict === null ? [e.type, full] : [e.type, full, e.dict]);
      decref(full);
      return res;
    },
  },
]);
// `OSError_getset`: `characters_written`, set only by BlockingIOError's constructor.
addGetSets(E.OSError, [
  {
    name: 'characters_written',
    get: (self) => {
      const e = self as PyBaseException;
      if (e.written === -1) throw raiseMessage(E.AttributeError, 'characters_written');
      return newInt(e.written);
    },
    set: (self, value) => {
      const e = self as PyBaseException;
      if (value === null) {
        if (e.written === -1) throw raiseMessage(E.AttributeError, 'characters_written');
        e.written = -1;
        return;
      }
      e.written = asSsizeExact(value, 'value');
    },
  },
]);

// ---------------------------------------------------------------------------------------------
// SyntaxError

/** `SyntaxError_init` after `BaseException_init` (args borrowed). */
function syntaxErrorInit(e: PyBaseException, args: readonly PyObject[]): void {
  if (args.length >= 1) {
    const old = e.msg;
    e.msg = incref(args[0] as PyObject);
    if (old !== null) decref(old);
  }
  if (args.length !== 2) return;
  const info = sequenceToArray(args[1] as PyObject);
  try {
    if (info.length !== 4) throw raiseMessage(E.IndexError, 'tuple index out of range');
    ['filename', 'lineno', 'offset', 'text'].forEach((name, i) => { setExtra(e, name, incref(info[i] as PyObject)); });
  } finally {
    for (const o of info) decref(o);
  }
  // Issue #21669: only a plain SyntaxError (not IndentationError, TabError or a user subclass).
  const text = e.extra.get('text');
  if (e.type !== E.SyntaxError || !(text instanceof PyStr)) return;
  const reported = reportMissingParentheses(text.value);
  if (reported === null) return;
  const old = e.msg;
  e.msg = newStr(reported);
  if (old !== null) decref(old);
}

E.SyntaxError.str = (self) => {
  const e = self as PyBaseException;
  const f = e.extra.get('filename');
  const filename = f instanceof PyStr ? f.value.slice(f.value.lastIndexOf('/') + 1) : null;
  const lineno = e.extra.get('lineno');
  const exact = lineno instanceof PyInt && lineno.type === intType ? lineno : null;
  const msg = e.msg ?? None;
  if (filename === null && exact === null) return str(msg);
  const text = strText(msg);
  if (filename !== null && exact !== null) return newStr(`${text} (${filename}, line ${exact.big})`);
  if (filename !== null) return newStr(`${text} (${filename})`);
  return newStr(`${text} (line ${exact === null ? '' : exact.big})`);
};
addReadonlyMembers(E.SyntaxError, [
  {
    name: 'msg',
    doc: 'exception msg',
    read: (self) => incref((self as PyBaseException).msg ?? None),
    write: (self, value) => {
      const e = self as PyBaseException;
      const old = e.msg;
      e.msg = value === null ? null : incref(value);
      if (old !== null) decref(old);
    },
  },
  member('filename', 'exception filename'), member('lineno', 'exception lineno'), member('offset', 'exception offset'),
  member('text', 'exception text'), member('print_file_and_line', 'exception print_file_and_line'),
]);

// ---------------------------------------------------------------------------------------------
// UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError

const unicodeEncode = exceptionTypes.get('UnicodeEncodeError') as PyType;
const unicodeDecode = exceptionTypes.get('UnicodeDecodeError') as PyType;
const unicodeTranslate = exceptionTypes.get('UnicodeTranslateError') as PyType;

/** `PyArg_ParseTuple(args, "UUnnU")` and friends: `spec` letters U (str), O (any), n (index). */
function parseUnicodeArgs(args: readonly PyObject[], spec: string): (PyObject | number)[] {
  if (args.length !== spec.length) throw typeError(`function takes exactly ${spec.length} arguments (${args.length} given)`);
  return Array.from(spec, (c, i) => {
    const a = args[i] as PyObject;
    if (c === 'U' && !(a instanceof PyStr)) throw typeError(`argument ${i + 1} must be str, not ${argTypeName(a)}`);
    return c === 'n' ? ssizeArg(a) : a;
  });
}

function unicodeErrorInit(e: PyBaseException, args: readonly PyObject[]): void {
  for (const name of ['encoding', 'object', 'reason']) setExtra(e, name, null);
  const translate = e.type.isSubtype(unicodeTranslate);
  const v = parseUnicodeArgs(args, translate ? 'UnnU' : e.type.isSubtype(unicodeDecode) ? 'UOnnU' : 'UUnnU');
  const [encoding, object, start, end, reason] = translate ? [None, ...v] : v;
  let obj = object as PyObject;
  if (e.type.isSubtype(unicodeDecode) && !(obj instanceof PyBytes)) {
    const b = bytesLike(obj);
    if (b === null) throw typeError(`a bytes-like object is required, not '${tpName(obj.type)}'`);
    obj = newBytes(b.slice());
  } else incref(obj);
  if (!translate) setExtra(e, 'encoding', incref(encoding as PyObject));
  setExtra(e, 'object', obj);
  setExtra(e, 'reason', incref(reason as PyObject));
  e.start = start as number;
  e.end = end as number;
}

function unicodeErrorStr(self: PyObject): PyObject {
  const e = self as PyBaseException;
  const object = e.extra.get('object');
  if (object === undefined) return newStr('');
  // `PyObject_Str` of a member deleted after construction (NULL) is '<NULL>'.
  const memberText = (name: string): string => {
    const o = e.extra.get(name);
    return o === undefined ? '<NULL>' : strText(o);
  };
  const reason = memberText('reason');
  if (e.type.isSubtype(unicodeDecode)) {
    const data = object instanceof PyBytes ? object.value : new Uint8Array(0);
    return newStr(decodeErrorMessage(memberText('encoding'), data, e.start, e.end, reason));
  }
  const cps = object instanceof PyStr ? toCodePoints(object.value) : [];
  if (e.type.isSubtype(unicodeEncode)) return newStr(encodeErrorMessage(memberText('encoding'), cps, e.start, e.end, reason));
  const msg = encodeErrorMessage('', cps, e.start, e.end, reason).replace("'' codec can't encode", "can't translate");
  return newStr(msg);
}

for (const t of [unicodeEncode, unicodeDecode, unicodeTranslate]) {
  t.str = unicodeErrorStr;
  // `UnicodeError_members`, in their order; `start` and `end` are T_PYSSIZET.
  const ssizeMember = (name: 'start' | 'end'): ReadonlyMemberDef => ({
    name,
    doc: `exception ${name}`,
    read: (self: PyObject) => newInt((self as PyBaseException)[name]),
    write: (self: PyObject, value: PyObject | null) => {
      if (value === null) throw typeError("can't delete numeric/char attribute");
      // `PyMember_SetOne` T_PYSSIZET: `PyLong_AsSsize_t`, ints only (no `__index__`).
      if (!(value instanceof PyInt)) throw typeError('an integer is required');
      const v = value.big;
      if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
      (self as PyBaseException)[name] = Number(v);
    },
  });
  addReadonlyMembers(t, [
    member('encoding', 'exception encoding'), member('object', 'exception object'), ssizeMember('start'), ssizeMember('end'),
    member('reason', 'exception reason'),
  ]);
}

/** The extra members set from `args` by `BaseException.__init__` paths (borrowed args). */
setInitExtraFields((e, args) => {
  const type = e.type;
  if (type.isSubtype(E.SyntaxError)) syntaxErrorInit(e, args);
  else if (type.isSubtype(unicodeEncode) || type.isSubtype(unicodeDecode) || type.isSubtype(unicodeTranslate)) unicodeErrorInit(e, args);
  else if (type.isSubtype(E.OSError)) {
    const n = args.length;
    if (n >= 2 && n <= 5) {
      setExtra(e, 'errno', incref(args[0] as PyObject));
      setExtra(e, 'strerror', incref(args[1] as PyObject));
      if (args[2] !== undefined && args[2] !== None) setExtra(e, 'filename', incref(args[2]));
      if (args[4] !== undefined && args[4] !== None) setExtra(e, 'filename2', incref(args[4]));
    }
  }
});
