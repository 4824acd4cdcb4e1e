/**
 * `catch_warnings(module=m)` for a module other than `warnings` itself: `__enter__` and
 * `__exit__` save, replace and restore that module's `filters`, `showwarning` and
 * `_showwarnmsg_impl` through its attributes, as Lib/warnings.py's methods do on `self._module`
 * (the `warnings` module's own state is handled in warnings.ts). Mirrors CPython 3.8
 * Lib/warnings.py `catch_warnings.__enter__` / `__exit__`.
 * @module
 */
import { newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { newSlice } from '../objects/slice.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod } from '../runtime/call.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { field, setField } from './contextlib-base.ts';

/** Sets `module.<name>` to the attribute `from` names (borrowed module). */
function copyAttribute(module: PyObject, name: string, from: string): void {
  const v = getAttrString(module, from);
  try {
    setAttrString(module, name, v);
  } finally {
    decref(v);
  }
}

/** Stores `module.<name>` into field `i` of `self`. */
function saveAttribute(self: PyObject, i: number, module: PyObject, name: string): void {
  const v = getAttrString(module, name);
  setField(self, i, v);
  decref(v);
}

/**
 * `catch_warnings.__enter__` on `module`: fields 1-3 of `self` keep its filters, showwarning
 * and `_showwarnmsg_impl`; returns the log list when recording, else None (new references).
 */
export function enterCatchingModule(self: PyObject, module: PyObject): PyObject {
  saveAttribute(self, 1, module, 'filters');
  // `self._module.filters = self._filters[:]`
  const all = newSlice(None, None, None);
  try {
    const copy = getItem(field(self, 1), all);
    try {
      setAttrString(module, 'filters', copy);
    } finally {
      decref(copy);
    }
  } finally {
    decref(all);
  }
  decref(callMethod(module, '_filters_mutated'));
  saveAttribute(self, 2, module, 'showwarning');
  saveAttribute(self, 3, module, '_showwarnmsg_impl');
  if (!isTrue(field(self, 0))) return None;
  const log = newListStealing([]);
  try {
    const append = getAttrString(log, 'append');
    try {
      setAttrString(module, '_showwarnmsg_impl', append);
    } finally {
      decref(append);
    }
    // Reset showwarning() to the default implementation, so that `_showwarnmsg()` calls
    // `_showwarnmsg_impl()`.
    copyAttribute(module, 'showwarning', '_showwarning_orig');
  } catch (e) {
    decref(log);
    throw e;
  }
  return log;
}

/** `catch_warnings.__exit__` on `module`: puts back what {@link enterCatchingModule} saved. */
export function exitCatchingModule(self: PyObject, module: PyObject): void {
  setAttrString(module, 'filters', field(self, 1));
  decref(callMethod(module, '_filters_mutated'));
  setAttrString(module, 'showwarning', field(self, 2));
  setAttrString(module, '_showwarnmsg_impl', field(self, 3));
}
