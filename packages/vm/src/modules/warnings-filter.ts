/**
 * Choosing what a warning does: `get_filter`, `get_default_action` and `get_once_registry` of
 * CPython 3.8 Python/_warnings.c. Each reads the module's attribute when it has one (any value,
 * checked here) and keeps it in the C state; a deleted attribute leaves the C state in use. The C
 * state, the default filters and `check_matched` live here too.
 * @module
 */
import { PyDict, dictGetStr, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { ssizeArg } from '../objects/list-methods.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { newInt } from '../objects/int.ts';
import { isTrueStealing } from '../runtime/abstract-compare.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { objectIsSubclass as isSubclass } from '../runtime/abstract-isinstance.ts';

type StateField = 'filters' | 'onceRegistry' | 'defaultAction';


/**
 * `WarningsState`: what C keeps of the warnings module (its filters, once registry and default
 * action, owned), refreshed from the module at every warning, so that warnings still work late in
 * finalization when the module is out of reach. Dropped by `_PyWarnings_Fini`.
 */
export const cState: { filters: PyObject | null; onceRegistry: PyObject | null; defaultAction: PyObject | null } = {
  filters: null, onceRegistry: null, defaultAction: null,
};

/** The 3.8 default filters (a release build). */
export function defaultFilters(): PyObject[] {
  const f = (action: string, category: PyType, module: PyObject): PyObject =>
    newTupleStealing([newStr(action), incref(None), incref(category), module, newInt(0)]);
  return [
    f('default', E.DeprecationWarning, newStr('__main__')),
    f('ignore', E.DeprecationWarning, incref(None)),
    f('ignore', E.PendingDeprecationWarning, incref(None)),
    f('ignore', E.ImportWarning, incref(None)),
    f('ignore', E.ResourceWarning, incref(None)),
  ];
}

/** `check_matched(obj, arg)`: None matches all, a str by equality, a pattern by `re.match`-like anchoring. */
export function matches(pattern: PyObject, text: string): boolean {
  if (pattern === None) return true;
  if (pattern instanceof PyStr) return pattern.value === text;
  const match = getAttrString(pattern, 'match');
  const arg = newStr(text);
  try {
    const r = callObject(match, [arg]);
    return isTrueStealing(r);
  } finally {
    decref(arg);
    decref(match);
  }
}

/** `get_warnings_attr` then `Py_SETREF(st->field, attr)`: the value now in the C state (borrowed). */
function refresh(ns: PyDict, field: StateField, name: string, initial: () => PyObject): PyObject {
  const v = dictGetStr(ns, name);
  if (v !== null) {
    const old = cState[field];
    cState[field] = incref(v);
    if (old !== null) decref(old);
  } else if (cState[field] === null) {
    cState[field] = initial();
  }
  return cState[field];
}

/** `get_once_registry`: `warnings.onceregistry`, which must be a dict (borrowed). */
export function getOnceRegistry(ns: PyDict): PyDict {
  const v = dictGetStr(ns, 'onceregistry');
  if (v !== null && !(v instanceof PyDict)) throw typeError(`_warnings.onceregistry must be a dict, not '${tpName(v.type)}'`);
  return refresh(ns, 'onceRegistry', 'onceregistry', newDict) as PyDict;
}

/** `get_default_action`: `warnings.defaultaction`, which must be a str (borrowed). */
function getDefaultAction(ns: PyDict): PyStr {
  const v = dictGetStr(ns, 'defaultaction');
  if (v !== null && !(v instanceof PyStr)) throw typeError(`_warnings.defaultaction must be a string, not '${tpName(v.type)}'`);
  return refresh(ns, 'defaultAction', 'defaultaction', () => newStr('default')) as PyStr;
}

/** What `get_filter` found: the action and the filter (a new reference; None for the default action). */
export interface FilterChoice {
  readonly action: string;
  readonly item: PyObject;
}

/**
 * `get_filter(category, text, lineno, module)`: the first of `warnings.filters` matching the
 * warning. The list may change while its filters' `match()` run: each item is held while checked
 * and the length is read again at every step.
 */
export function getFilter(ns: PyDict, category: PyObject, text: string, lineno: number, module: string): FilterChoice {
  const filters = refresh(ns, 'filters', 'filters', () => newListStealing(defaultFilters()));
  if (!(filters instanceof PyList)) throw raiseMessage(E.ValueError, '_warnings.filters must be a list');
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i] as PyObject;
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw raiseMessage(E.ValueError, `_warnings.filters item ${i} isn't a 5-tuple`);
    incref(item);
    let matched = false;
    try {
      const [action, msg, cat, mod, ln] = item.items as [PyObject, PyObject, PyObject, PyObject, PyObject];
      if (!(action instanceof PyStr)) throw typeError(`action must be a string, not '${tpName(action.type)}'`);
      const goodMsg = matches(msg, text);
      const goodMod = matches(mod, module);
      const sub = isSubclass(category, cat);
      const lnv = ssizeArg(ln);
      if (goodMsg && sub && goodMod && (lnv === 0 || lnv === lineno)) {
        matched = true;
        return { action: action.value, item };
      }
    } finally {
      if (!matched) decref(item);
    }
  }
  return { action: getDefaultAction(ns).value, item: incref(None) };
}
