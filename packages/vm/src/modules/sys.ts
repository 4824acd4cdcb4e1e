/**
 * The `sys` module: the standard streams, `modules`, `path`, `argv`, the recursion limit,
 * `getrefcount`, `exc_info`, `_getframe`, `exit`, `getsizeof` and the version facts of 3.8.
 * Mirrors CPython 3.8 Python/sysmodule.c.
 * @module
 */
import { setModuleDoc } from './module-doc.ts';
import { obSizeReaders } from '../runtime/ob-size.ts';
import { setProfileFunction, setTraceFunction } from '../interpreter/trace-calls.ts';
import { traceState } from '../runtime/trace-state.ts';
import { PyDict, dictGetStr, dictSetStr } from '../objects/dict.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { setAttrString } from '../runtime/attributes.ts';
import * as E from '../objects/exceptions.ts';
import { PyFrame } from '../objects/frame.ts';
import { intArg } from '../objects/list-methods.ts';
import { checkClinicArgs } from '../objects/str-methods-util.ts';
import { False, PyInt, newBool, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { PyModule, newModule } from '../objects/module.ts';
import { PyBuiltinFunction, type NativeDef, newBuiltinFunction } from '../objects/native-function.ts';
import { installUnraisableHook, unraisableHookDef } from './sys-unraisable.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, emptyStr, internInPlace, newStr, strSize, strType, utf8CacheSize } from '../objects/str.ts';
import { PyBytes } from '../objects/bytes.ts';
import { MEMORYVIEW_ITEMS, PyMemoryView } from '../objects/memoryview.ts';
import { setSizeOf } from '../objects/object-type.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { callNoArgs } from '../runtime/call.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { PyRaise, clearRaise, exceptionMatches, overflowError, raiseMessage, raiseUnnormalized, typeError, valueError } from '../runtime/errors.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { CPYTHON_BUILTIN_MODULE_NAMES, setSysPathReader } from '../runtime/import-system.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { recursionLowWaterMark, topmostException, tstate } from '../runtime/thread-state.ts';
import { PyTextStream, writeToFile } from './streams.ts';
import { setTracebackLimitReader } from '../runtime/print-exception.ts';
import { displayException, setSysStreamReader } from '../runtime/sys-stderr.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { sysInfoValues } from './sys-info.ts';
import { getAllocatedBlocksDef, sysBuildValues } from './sys-build.ts';
import { breakpointHookDef } from './breakpoint.ts';
import { SYS_EXTRA_FUNCTIONS, resetSysExtras } from './sys-extras.ts';
import { INT_MAX_STR_DIGITS, intMaxStrDigits, setIntMaxStrDigits } from '../objects/number-parse.ts';
import { resetFloatFormats } from '../objects/float-format.ts';
import { newFloat } from '../objects/float.ts';
import { asDouble } from '../runtime/abstract-number.ts';
import { newSimpleNamespace } from './types.ts';
import { tpName } from '../runtime/type-name.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

let sysModule: PyModule | null = null;

/** `sys.getswitchinterval()`: kept only to be read back (one thread runs). */
let switchInterval = 0.005;

/** An attribute of the running program's `sys` module (borrowed), or null. */
export function sysAttribute(name: string): PyObject | null {
  return sysModule === null ? null : dictGetStr(sysModule.namespace, name);
}
/** The running program's `sys.__dict__` (the interpreter's `sysdict`), or null before and after a run. */
export function sysNamespace(): PyDict | null {
  return sysModule === null ? null : sysModule.namespace;
}
setTracebackLimitReader(() => sysAttribute('tracebacklimit'));
setSysPathReader(() => sysAttribute('path'));
setSysStreamReader(sysAttribute);
installUnraisableHook(() => sysAttribute('unraisablehook'), (hook) => hook instanceof PyBuiltinFunction && hook.def === unraisableHookDef);

/** Hooks other packages install into `sys` (origin tracking, async-generator hooks). */
export const sysExtensions: NativeDef[] = [];

/**
 * `sys.displayhook(value)`: what an expression statement shows in interactive mode (and in code
 * compiled with mode 'single'): nothing for None, else its repr on `sys.stdout`, kept in
 * `builtins._`.
 */
function displayhook(value: PyObject): PyObject {
  if (value === None) return incref(None);
  const modules = sysAttribute('modules');
  const builtins = modules instanceof PyDict ? dictGetStr(modules, 'builtins') : null;
  if (builtins !== null) setAttrString(builtins, '_', None);
  const stdout = sysAttribute('stdout');
  if (stdout === null || stdout === None) throw raiseMessage(E.RuntimeError, 'lost sys.stdout');
  writeToFile(stdout, reprText(value));
  writeToFile(stdout, '\n');
  if (builtins !== null) setAttrString(builtins, '_', value);
  return incref(None);
}

/** The number of 30-bit digits of an int's magnitude (`Py_SIZE` of a PyLongObject, 0 for 0). */
function intDigits(v: number | bigint): number {
  let m = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  let n = 0;
  while (m > 0n) {
    m >>= 30n;
    n++;
  }
  return n;
}

/**
 * `unicode__sizeof__` of a str subclass instance: a `PyUnicodeObject` (80 bytes) and its
 * character buffer, where an exact str is a compact one (see `strSize`) whose header is
 * `PyASCIIObject` (48) or `PyCompactUnicodeObject` (72).
 */
function legacyStrSize(text: string): number {
  return strSize(text) + (/^[\0-\x7f]*$/.test(text) ? 80 - 48 : 80 - 72);
}

/** `object.__sizeof__`: the basic size plus `Py_SIZE(self)` items; ints and strs as their own `__sizeof__`. */
function objectSizeOf(o: PyObject): number {
  if (o instanceof PyInt) return 24 + 4 * intDigits(o.value);
  if (o instanceof PyStr) return (o.type === strType ? strSize(o.value) : legacyStrSize(o.value)) + utf8CacheSize(o);
  if (o instanceof PyTuple) return o.type.basicsize + o.type.itemsize * o.items.length;
  if (o instanceof PyBytes) return o.type.basicsize + o.type.itemsize * o.value.length;
  if (o instanceof PyMemoryView) return o.type.basicsize + o.type.itemsize * MEMORYVIEW_ITEMS;
  const size = obSizeReaders.get(o.type);
  return size === undefined ? o.type.basicsize : o.type.basicsize + o.type.itemsize * size(o);
}
setSizeOf((o) => newInt(objectSizeOf(o)));

/** `PY_SSIZE_T_MAX`. */
const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * `_PySys_GetSizeOf`: `o.__sizeof__()` read as a `Py_ssize_t` (`PyLong_AsSsize_t`: an int or
 * int subclass in range), plus the `PyGC_Head` of objects the collector tracks, as a `size_t`.
 */
function getSizeOf(o: PyObject): bigint {
  const method = lookupSpecial(o, '__sizeof__');
  if (method === null) throw typeError(`Type ${tpName(o.type)} doesn't define __sizeof__`);
  let res: PyObject;
  try {
    res = callNoArgs(method);
  } finally {
    decref(method);
  }
  let size: bigint;
  try {
    if (!(res instanceof PyInt)) throw typeError('an integer is required');
    size = BigInt(res.value);
  } finally {
    decref(res);
  }
  if (size > SSIZE_MAX) throw overflowError('Python int too large to convert to C ssize_t');
  if (size < 0n) throw valueError('__sizeof__() should return >= 0');
  // Static types are not tracked (`type_is_gc`); classes and other GC objects carry the 16-byte head.
  const tracked = o.type.isGc && (!(o instanceof PyType) || o.isHeapType);
  return size + (tracked ? 16n : 0n);
}

const FUNCTIONS: NativeDef[] = [
  unraisableHookDef,
  {
    name: 'excepthook', kind: 'fast',
    doc: 'excepthook($module, exctype, value, traceback, /)\n--\n\nHandle an exception by displaying it with a traceback on sys.stderr.',
    impl: (_m, args) => {
      if (args.length !== 3) throw typeError(`excepthook expected 3 arguments, got ${args.length}`);
      const [value, tb] = [args[1] as PyObject, args[2] as PyObject];
      // `PyErr_Display`: the traceback goes onto an exception that has none (issue #18776).
      if (value instanceof PyBaseException && tb instanceof PyTraceback && value.traceback === null) value.traceback = incref(tb);
      displayException(value);
      return incref(None);
    },
  },
  { name: 'displayhook', kind: 'o', doc: 'displayhook($module, object, /)\n--\n\nPrint an object to sys.stdout and also save it in builtins._', impl: (_m, args) => displayhook(args[0] as PyObject) },
  {
    name: 'settrace', kind: 'o',
    impl: (_m, args) => {
      const func = args[0] as PyObject;
      setTraceFunction(func === None ? null : incref(func));
      return incref(None);
    },
  },
  {
    name: 'gettrace', kind: 'noargs',
    impl: () => incref(traceState.traceFunc ?? None),
  },
  {
    name: 'setprofile', kind: 'o',
    impl: (_m, args) => {
      const func = args[0] as PyObject;
      setProfileFunction(func === None ? null : incref(func));
      return incref(None);
    },
  },
  {
    name: 'getprofile', kind: 'noargs',
    impl: () => incref(traceState.profileFunc ?? None),
  },
  { name: 'getrecursionlimit', kind: 'noargs', impl: () => newInt(tstate.recursionLimit) },
  { name: 'is_finalizing', kind: 'noargs', impl: () => newBool(tstate.finalizing) },
  {
    name: 'setrecursionlimit', kind: 'o',
    impl: (_m, args) => {
      const v = intArg(args[0] as PyObject);
      if (v <= 0) throw valueError('recursion limit must be greater or equal than 1');
      // The current depth must stay below the new limit's low-water mark, or the overflowed
      // flag could never be reset (sys_setrecursionlimit_impl).
      if (tstate.recursionDepth >= recursionLowWaterMark(v)) {
        throw raiseMessage(E.RecursionError, `cannot set the recursion limit to ${v} at the recursion depth ${tstate.recursionDepth}: the limit is too low`);
      }
      tstate.recursionLimit = v;
      return incref(None);
    },
  },
  // The argument itself adds one reference, as in CPython.
  { name: 'getrefcount', kind: 'o', impl: (_m, args) => newInt((args[0] as PyObject).refcnt) },
  {
    name: 'exc_info', kind: 'noargs',
    impl: () => {
      const item = topmostException();
      return newTupleStealing([incref(item.type ?? None), incref(item.value ?? None), incref(item.traceback ?? None)]);
    },
  },
  {
    name: '_getframe', kind: 'fast',
    impl: (_m, args) => {
      checkClinicArgs('_getframe', args.length, 0, 1);
      let depth = args[0] === undefined ? 0 : intArg(args[0]);
      let f = tstate.frame as PyFrame | null;
      while (depth > 0 && f !== null) {
        f = f.back;
        depth--;
      }
      if (f === null) throw valueError('call stack is not deep enough');
      return incref(f);
    },
  },
  {
    name: 'exit', kind: 'fast',
    impl: (_m, args) => {
      if (args.length > 1) throw typeError(`exit expected at most 1 argument, got ${args.length}`);
      // `PyErr_SetObject(PyExc_SystemExit, status)`: a tuple is the argument list, None none.
      throw raiseUnnormalized(E.SystemExit, args[0] ?? null);
    },
  },
  {
    name: 'getsizeof', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [o, dflt] = parseArgs('getsizeof', args, kwnames, ['object', 'default'], 1) as [PyObject, PyObject | undefined];
      try {
        return newInt(getSizeOf(o));
      } catch (e) {
        // With a default, a TypeError from `__sizeof__` gives the default.
        if (dflt === undefined || !(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
        clearRaise(e);
        return incref(dflt);
      }
    },
  },
  {
    name: 'intern', kind: 'o',
    impl: (_m, args) => {
      const s = args[0] as PyObject;
      if (!(s instanceof PyStr)) throw typeError(`intern() argument must be str, not ${argTypeName(s)}`);
      if (s.type !== strType) throw typeError(`can't intern ${tpName(s.type)}`);
      return internInPlace(s);
    },
  },
  { name: 'getdefaultencoding', kind: 'noargs', impl: () => newStr('utf-8') },
  { name: 'get_int_max_str_digits', kind: 'noargs', impl: () => newInt(intMaxStrDigits()) },
  {
    name: 'set_int_max_str_digits', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [maxdigits] = parseArgs('set_int_max_str_digits', args, kwnames, ['maxdigits'], 1) as [PyObject];
      const n = intArg(maxdigits);
      if (n !== 0 && n < 640) throw valueError('maxdigits must be 0 or larger than 640');
      setIntMaxStrDigits(n);
      return incref(None);
    },
  },
  { name: 'getswitchinterval', kind: 'noargs', impl: () => newFloat(switchInterval) },
  {
    name: 'setswitchinterval', kind: 'o',
    impl: (_m, args) => {
      const v = asDouble(args[0] as PyObject);
      if (v <= 0) throw valueError('switch interval must be strictly positive');
      switchInterval = v;
      return incref(None);
    },
  },
  { name: 'getfilesystemencoding', kind: 'noargs', impl: () => newStr('utf-8') },
  { name: 'getfilesystemencodeerrors', kind: 'noargs', impl: () => newStr('surrogateescape') },
];

/** `sys.implementation` (`make_impl_info`): a SimpleNamespace. */
function implementationInfo(versionInfo: PyObject | null): PyObject {
  return newSimpleNamespace([
    ['name', newStr('cpython')],
    ['cache_tag', newStr('cpython-38')],
    ['version', incref(versionInfo ?? None)],
    ['hexversion', newInt(0x030812f0)],
    ['_multiarch', newStr('x86_64-linux-gnu')],
  ]);
}

/** The `sys` module of a run. */
export function newSysModule(scriptPath: string, scriptDirectory: string | undefined, args: readonly string[], modules: PyDict, streams: { stdout: PyTextStream; stderr: PyTextStream }): PyModule {
  const module = newModule('sys');
  setModuleDoc(module.namespace, 'sys');
  // `_init_module_attrs` at importlib's setup: a top-level module's package is ''.
  dictSetStr(module.namespace, '__package__', emptyStr);
  sysModule = module;
  setIntMaxStrDigits(INT_MAX_STR_DIGITS);
  resetFloatFormats();
  switchInterval = 0.005;
  const ns = module.namespace;
  resetSysExtras();
  for (const def of [...FUNCTIONS, ...SYS_EXTRA_FUNCTIONS, getAllocatedBlocksDef, breakpointHookDef, ...sysExtensions]) {
    const f = newBuiltinFunction(def, module, 'sys');
    dictSetStr(ns, def.name, f);
    decref(f);
  }
  const set = (name: string, value: PyObject): void => {
    dictSetStr(ns, name, value);
    decref(value);
  };
  dictSetStr(ns, 'stdout', streams.stdout);
  dictSetStr(ns, 'stderr', streams.stderr);
  dictSetStr(ns, '__stdout__', streams.stdout);
  dictSetStr(ns, '__stderr__', streams.stderr);
  dictSetStr(ns, 'modules', modules);
  for (const name of ['displayhook', 'excepthook', 'unraisablehook', 'breakpointhook']) {
    const hook = dictGetStr(ns, name);
    if (hook !== null) dictSetStr(ns, `__${name}__`, hook);
  }
  const dir = scriptDirectory ?? (scriptPath.includes('/') ? scriptPath.slice(0, scriptPath.lastIndexOf('/')) : '');
  set('path', newListStealing([newStr(dir)]));
  set('argv', newListStealing([scriptPath, ...args].map((a) => newStr(a))));
  set('maxsize', newInt(2n ** 63n - 1n));
  set('byteorder', newStr('little'));
  set('platform', newStr('linux'));
  set('version', newStr('3.8.18 (corosim)'));
  set('hexversion', newInt(0x030812f0));
  for (const [name, value] of sysInfoValues()) set(name, value);
  set('implementation', implementationInfo(dictGetStr(ns, 'version_info')));
  set('maxunicode', newInt(0x10ffff));
  set('float_repr_style', newStr('short'));
  set('api_version', newInt(1013));
  set('warnoptions', newListStealing([]));
  set('builtin_module_names', newTupleStealing(CPYTHON_BUILTIN_MODULE_NAMES.map((n) => newStr(n))));
  set('executable', newStr('corosim'));
  for (const [name, value] of sysBuildValues()) set(name, value);
  set('dont_write_bytecode', incref(False));
  return module;
}

/** Forgets the run's `sys` module. */
export function clearSysModule(): void {
  sysModule = null;
}
