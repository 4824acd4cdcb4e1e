/**
 * The machinery of `warnings`: the filter list with 3.8's defaults, `warn_explicit`'s
 * registry rules (once/module/default/always/ignore/error), `formatwarning` and showing a
 * warning through `showwarning` or `_showwarnmsg_impl` (replaced by `catch_warnings`). The
 * state lives in the run's `warnings` module namespace. Mirrors CPython 3.8 Lib/warnings.py
 * and Python/_warnings.c; `warn`/`warnExplicit` are the entries the VM calls.
 * @module
 */
import { PyDict, dictClear, dictGet, dictGetStr, dictSet, dictSetStr, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { PyFrame } from '../objects/frame.ts';
import { stackWithHiddenFrames, type HiddenFrame } from '../objects/coroutine.ts';
import { PyInt, True, intType, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { PyModule } from '../objects/module.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, raiseValue, typeError } from '../runtime/errors.ts';
import { importModuleNamed } from '../runtime/import-system.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import type { CompileWarning } from '../source/diagnostic.ts';
import { sysAttribute, sysNamespace } from './sys.ts';
import { tpName } from '../runtime/type-name.ts';
import { setNativeWarner } from '../runtime/native-warning.ts';
import { cState, defaultFilters, getFilter, getOnceRegistry } from './warnings-filter.ts';
import { callShowWarning, resetTracemallocImport, showWarningC } from './warnings-show.ts';

export { defaultFilters };

/** The native `showwarning` of the current run's module (`_showwarning_orig`). */
export const originals: {
  showwarning: PyObject | null;
  /** The module's own `_warn_unawaited_coroutine` (its failures are reported without the caller's frame). */
  warnUnawaited: PyObject | null;
} = {
  showwarning: null, warnUnawaited: null,
};

// C reads `warnings.onceregistry` and `warnings.defaultaction` (the public names).
const C_STATE_NAMES = [['filters', 'filters'], ['onceRegistry', 'onceregistry'], ['defaultAction', 'defaultaction']] as const;

/** Takes the module's current filters, once registry and default action into the C state. */
export function syncWarningsState(ns: PyDict): void {
  for (const [field, name] of C_STATE_NAMES) {
    const v = dictGetStr(ns, name);
    if (v === null || v === None) continue;
    const old = cState[field];
    cState[field] = incref(v);
    if (old !== null) decref(old);
  }
}

/** Forgets the state of a previous run (its objects went with its heap). */
export function resetWarningsState(): void {
  filtersVersion = 0;
  resetTracemallocImport();
  cState.filters = cState.onceRegistry = cState.defaultAction = null;
}

/** `_PyWarnings_Fini`: the C state lets go of what it holds, at the very end of finalization. */
export function finiWarnings(): void {
  const held = [cState.filters, cState.onceRegistry, cState.defaultAction, ...hiddenRegistries.values()];
  resetWarningsState();
  hiddenRegistries = new Map();
  for (const o of held) if (o !== null) decref(o);
}

/**
 * The namespace a warning raised during finalization is checked against (a new reference): the C
 * state, or the defaults C starts with when the module was never imported.
 */
function finalizingNamespace(): PyDict {
  const ns = newDict();
  const put = (name: string, held: PyObject | null, make: () => PyObject): void => {
    const v = held === null ? make() : incref(held);
    dictSetStr(ns, name, v);
    decref(v);
  };
  put('filters', cState.filters, () => newListStealing(defaultFilters()));
  put('onceregistry', cState.onceRegistry, () => newDict());
  put('defaultaction', cState.defaultAction, () => newStr('default'));
  return ns;
}

/** Whether the run has imported the `warnings` module. */
export function warningsImported(): boolean {
  const modules = sysAttribute('modules');
  return modules instanceof PyDict && dictGetStr(modules, 'warnings') instanceof PyModule;
}

/**
 * Issues a warning of a compilation as CPython's compiler does
 * (`PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL, NULL)`, without importing
 * `warnings`): the compiler's SyntaxWarnings and the parser's DeprecationWarnings for invalid
 * escape sequences. Returns 'error' when the filters turn one into an exception of its category:
 * the front end then raises a SyntaxError instead.
 */
export function warnCompile(warning: CompileWarning): 'error' | undefined {
  const message = newStr(warning.msg);
  const category = warning.category === 'SyntaxWarning' ? E.SyntaxWarning : E.DeprecationWarning;
  try {
    warnExplicit(message, category, warning.filename, warning.lineno, null, null, null, false);
    return undefined;
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, category)) throw e;
    clearRaise(e);
    return 'error';
  } finally {
    decref(message);
  }
}

/** The run's `warnings` module namespace, importing it if needed. */
export function warningsNamespace(): PyDict {
  const modules = sysAttribute('modules');
  const existing = modules instanceof PyDict ? dictGetStr(modules, 'warnings') : null;
  if (existing instanceof PyModule) return existing.namespace;
  const m = importModuleNamed('warnings');
  const ns = (m as PyModule).namespace;
  decref(m);
  return ns;
}

/**
 * `st->filters_version`: bumped by `_filters_mutated`; a module's `__warningregistry__` records
 * the version it was filled under and is cleared when the filters changed since. It starts at 0.
 */
let filtersVersion = 0;

/** `_filters_mutated()`: the filters changed, so every registry is stale. */
export function filtersMutated(): void {
  filtersVersion++;
}

function setFlag(registry: PyDict | null, key: PyObject): void {
  if (registry !== null) dictSet(registry, key, True);
}

/**
 * `already_warned(registry, key, should_set)`: whether the registry holds a true `key`. A registry
 * whose `version` is not an exact int equal to the filters' version is stale: it is cleared and
 * stamped with the current version first. With `shouldSet`, a key not found is set to True.
 */
function alreadyWarned(registry: PyDict, key: PyObject, shouldSet: boolean): boolean {
  const rv = dictGetStr(registry, 'version');
  if (!(rv instanceof PyInt && rv.type === intType && BigInt(rv.value) === BigInt(filtersVersion))) {
    dictClear(registry);
    const version = newInt(filtersVersion);
    dictSetStr(registry, 'version', version);
    decref(version);
  } else {
    const v = dictGet(registry, key);
    if (v !== null && isTrue(v)) return true;
  }
  if (shouldSet) setFlag(registry, key);
  return false;
}

/** `warn_explicit(message, category, filename, lineno, module, registry)`. */
export function warnExplicit(
  messageIn: PyObject,
  categoryIn: PyObject,
  filename: string,
  lineno: number,
  moduleIn: string | null,
  registry: PyDict | null,
  source: PyObject | null = null,
  mayImport = true,
): void {
  // C decides and prints on its own when the module is out of reach: not in sys.modules while
  // the interpreter finalizes (no import then), or not imported yet by a caller that may not
  // import it (`get_warnings_attr(..., 0)`).
  const finalizing = (tstate.finalizing || !mayImport) && !warningsImported();
  const ns = finalizing ? finalizingNamespace() : warningsNamespace();
  const module = moduleIn ?? (filename === '' ? '<unknown>' : filename.endsWith('.py') ? filename.slice(0, -3) : filename);
  let message: PyObject;
  let category: PyObject = categoryIn;
  let text: string;
  if (messageIn instanceof PyBaseException && messageIn.type.isSubtype(E.Warning)) {
    text = strText(messageIn);
    category = messageIn.type;
    message = incref(messageIn);
  } else {
    text = strText(messageIn);
    message = callObject(category, [messageIn]);
  }
  const cleanup: PyObject[] = finalizing ? [message, ns] : [message];
  try {
    const key = newTupleStealing([newStr(text), incref(category), newInt(lineno)]);
    cleanup.push(key);
    if (registry !== null && alreadyWarned(registry, key, false)) return;
    const found = getFilter(ns, category, text, lineno, module);
    const action = found.action;
    const item = found.item;
    cleanup.push(item);
    if (action === 'error') throw raiseValue(incref(message) as PyBaseException);
    if (action === 'ignore') return;
    if (action === 'once') {
      setFlag(registry, key);
      // `update_registry(registry, text, category, 0)`, on the once registry only when the
      // caller gave none: C's `warn()` always passes the module's `__warningregistry__`.
      const onceKey = newTupleStealing([newStr(text), incref(category)]);
      cleanup.push(onceKey);
      if (alreadyWarned(registry ?? getOnceRegistry(ns), onceKey, true)) return;
    } else if (action === 'module') {
      setFlag(registry, key);
      // `update_registry(registry, text, category, 0)`: the alternative key is `(text, category)`.
      const altKey = newTupleStealing([newStr(text), incref(category)]);
      cleanup.push(altKey);
      if (registry !== null && alreadyWarned(registry, altKey, true)) return;
    } else if (action === 'default') {
      setFlag(registry, key);
    } else if (action !== 'always') {
      throw raiseMessage(E.RuntimeError, `Unrecognized action (${reprText(newStrTmp(action))}) in warnings.filters:\n ${reprText(item)}`);
    }
    if (finalizing) {
      showWarningC(text, category, filename, lineno);
      return;
    }
    const fn = newStr(filename);
    const ln = newInt(lineno);
    cleanup.push(fn, ln);
    callShowWarning(ns, message, category, text, fn, ln, source);
  } finally {
    cleanup.forEach((o) => { decref(o); });
  }
}

function newStrTmp(s: string): PyObject {
  const o = newStr(s);
  decref(o);
  return o;
}

/** `__warningregistry__` of the library modules hidden frames belong to, by file (one per run). */
let hiddenRegistries = new Map<string, PyDict>();

function hiddenRegistry(file: string): PyDict {
  let r = hiddenRegistries.get(file);
  if (r === undefined) {
    r = newDict();
    hiddenRegistries.set(file, r);
  }
  return r;
}

/** The module of a library file: `.../python3.8/asyncio/events.py` is `asyncio.events`. */
function hiddenModuleName(file: string): string {
  const lib = file.lastIndexOf('/python3.8/');
  const rel = (lib < 0 ? file.slice(file.lastIndexOf('/') + 1) : file.slice(lib + '/python3.8/'.length)).replace(/\.py$/, '');
  return rel.replace(/\/__init__$/, '').replace(/\//g, '.');
}

/**
 * `warn(message, category, stacklevel)` from TypeScript or Python: the location is the frame
 * `stacklevel` levels up from the innermost Python frame.
 */
export function warn(category: PyObject, message: PyObject, stacklevel: number, source: PyObject | null = null): void {
  let cat = category;
  if (message instanceof PyBaseException && message.type.isSubtype(E.Warning)) cat = message.type;
  if (cat === None) cat = E.UserWarning;
  if (!(cat instanceof PyType) || !cat.isSubtype(E.Warning)) throw typeError(`category must be a Warning subclass, not '${tpName(cat.type)}'`);
  // `setup_context`: `stacklevel` frames up, counting the frames of CPython's library code that
  // native code stands in for (a coroutine never awaited in a loop callback: asyncio/events.py:81).
  // A level of 0 or less names the innermost frame, as 1 does.
  let f: PyFrame | HiddenFrame | null = null;
  let level = 0;
  const wanted = Math.max(stacklevel, 1);
  for (const frame of stackWithHiddenFrames()) {
    if (++level === wanted) {
      f = frame;
      break;
    }
  }
  if (f === null) {
    // No frame that far up: `sys:1`, with the globals of `sys` (its `__warningregistry__`).
    const sysDict = sysNamespace();
    const [module, registry] = sysDict === null ? ['sys', null] : moduleAndRegistry(sysDict);
    warnExplicit(message, cat, 'sys', 1, module, registry, source);
    return;
  }
  if (!(f instanceof PyFrame)) {
    const [file, line] = f;
    warnExplicit(message, cat, file, line, hiddenModuleName(file), hiddenRegistry(file), source);
    return;
  }
  const [module, registry] = moduleAndRegistry(f.globals);
  warnExplicit(message, cat, f.code.filename.value, f.lineno, module, registry, source);
}

/**
 * `setup_context`'s module (`__name__` of the globals, `<string>` if not a str) and registry
 * (`__warningregistry__` of the globals, made if missing).
 */
function moduleAndRegistry(globals: PyDict): [string, PyDict] {
  const nameObj = dictGetStr(globals, '__name__');
  const module = nameObj instanceof PyStr ? nameObj.value : '<string>';
  let registry = dictGetStr(globals, '__warningregistry__');
  if (!(registry instanceof PyDict)) {
    const r = newDict();
    dictSetStr(globals, '__warningregistry__', r);
    decref(r);
    registry = r;
  }
  return [module, registry as PyDict];
}


// The runtime's warnings (`PyErr_WarnEx` in import.c, conversion slots and elsewhere) come through here.
setNativeWarner((category, text, stacklevel) => {
  const message = newStr(text);
  try {
    warn(category, message, stacklevel);
  } finally {
    decref(message);
  }
});
