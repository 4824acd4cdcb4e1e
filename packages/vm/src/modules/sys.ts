/**
 * The `sys` module: the standard streams, `modules`, `path`, `argv`, the recursion limit,
 * `getrefcount`, `exc_info`, `_getframe`, `exit`, `getsizeof` and the version facts of 3.8.
 * Mirrors CPython 3.8 Python/sysmodule.c.
 * @module
 */
import { PyDict, dictGetStr, dictSetStr } from '../objects/dict.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { setAttrString } from '../runtime/attributes.ts';
import * as E from '../objects/exceptions.ts';
import { PyFrame } from '../objects/frame.ts';
import { PyInt, newBool, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { PyModule, newModule } from '../objects/module.ts';
import { type NativeDef, newBuiltinFunction } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { raiseMessage, raiseValue, newExceptionStealing, typeError, valueError } from '../runtime/errors.ts';
import { CPYTHON_BUILTIN_MODULE_NAMES } from '../runtime/import-system.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { topmostException, tstate } from '../runtime/thread-state.ts';
import { PyTextStream, writeToFile } from './streams.ts';

let sysModule: PyModule | null = null;

/** An attribute of the running program's `sys` module (borrowed), or null. */
export function sysAttribute(name: string): PyObject | null {
  return sysModule === null ? null : dictGetStr(sysModule.namespace, name);
}

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

const FUNCTIONS: NativeDef[] = [
  { name: 'displayhook', kind: 'o', doc: 'displayhook($module, object, /)\n--\n\nPrint an object to sys.stdout and also save it in builtins._', impl: (_m, args) => displayhook(args[0] as PyObject) },
  { name: 'getrecursionlimit', kind: 'noargs', impl: () => newInt(tstate.recursionLimit) },
  { name: 'is_finalizing', kind: 'noargs', impl: () => newBool(tstate.finalizing) },
  {
    name: 'setrecursionlimit', kind: 'o',
    impl: (_m, args) => {
      const n = args[0] as PyObject;
      if (!(n instanceof PyInt)) throw typeError(`an integer is required (got type ${n.type.name})`);
      const v = Number(n.value);
      if (v <= 0) throw valueError('recursion limit must be greater or equal than 1');
      if (v <= tstate.recursionDepth) {
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
      let depth = args[0] instanceof PyInt ? Number(args[0].value) : 0;
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
      throw raiseValue(newExceptionStealing(E.SystemExit, args.map((a) => incref(a))));
    },
  },
  {
    name: 'getsizeof', kind: 'fast',
    impl: (_m, args) => {
      const o = args[0] as PyObject;
      const size = o.type.basicsize + (o.type.isGc ? 16 : 0);
      return newInt(size);
    },
  },
  { name: 'intern', kind: 'o', impl: (_m, args) => incref(args[0] as PyObject) },
];

/** The `sys` module of a run. */
export function newSysModule(scriptPath: string, scriptDirectory: string | undefined, modules: PyDict, streams: { stdout: PyTextStream; stderr: PyTextStream }): PyModule {
  const module = newModule('sys');
  sysModule = module;
  const ns = module.namespace;
  for (const def of [...FUNCTIONS, ...sysExtensions]) {
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
  const hook = dictGetStr(ns, 'displayhook');
  if (hook !== null) dictSetStr(ns, '__displayhook__', hook);
  const dir = scriptDirectory ?? (scriptPath.includes('/') ? scriptPath.slice(0, scriptPath.lastIndexOf('/')) : '');
  set('path', newListStealing([newStr(dir)]));
  set('argv', newListStealing([newStr(scriptPath)]));
  set('maxsize', newInt(2n ** 63n - 1n));
  set('byteorder', newStr('little'));
  set('platform', newStr('linux'));
  set('version', newStr('3.8.18 (corosim)'));
  set('hexversion', newInt(0x030812f0));
  set('version_info', newTupleStealing([newInt(3), newInt(8), newInt(18), newStr('final'), newInt(0)]));
  set('builtin_module_names', newTupleStealing(CPYTHON_BUILTIN_MODULE_NAMES.map((n) => newStr(n))));
  set('executable', newStr('corosim'));
  set('dont_write_bytecode', incref(None));
  return module;
}

/** Forgets the run's `sys` module. */
export function clearSysModule(): void {
  sysModule = null;
}
