/**
 * The repr recursion guard (`Py_ReprEnter` / `Py_ReprLeave`): the objects whose repr is under way
 * sit in a list under `'Py_Repr'` in the thread state's dict, which the first guarded repr makes.
 * Mirrors CPython 3.8 Objects/object.c `Py_ReprEnter`, `Py_ReprLeave` and Python/pystate.c
 * `PyThreadState_GetDict`.
 * @module
 */
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { PyDict, dictGetStr, dictSetStr, newDict } from './dict.ts';
import { PyList, newListStealing } from './list.ts';
import { listGrowByOne, listResize } from './list-capacity.ts';

/**
 * `PyThreadState_GetDict`: the thread state's dict, made on first need (a GC allocation that
 * counts, as CPython's does; it lives until the thread state is cleared at exit).
 *
 * @returns the dict (borrowed).
 * @see CPython 3.8 Python/pystate.c PyThreadState_GetDict
 */
export function threadStateDict(): PyDict {
  return (tstate.dict ??= newDict()) as PyDict;
}

/** The `'Py_Repr'` list of the thread state's dict, made on first need (borrowed). */
export function reprList(): PyList {
  const dict = threadStateDict();
  const found = dictGetStr(dict, 'Py_Repr');
  if (found instanceof PyList) return found;
  const list = newListStealing([]);
  dictSetStr(dict, 'Py_Repr', list);
  decref(list);
  return list;
}

/**
 * `Py_ReprEnter`: false when `o` is already being repr'd (the caller prints `[...]`); else `o`
 * joins the list (a new reference) until {@link reprLeave}.
 *
 * @see CPython 3.8 Objects/object.c Py_ReprEnter
 */
export function reprEnter(o: PyObject): boolean {
  const list = reprList();
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) if (items[i] === o) return false;
  listGrowByOne(list);
  items.push(incref(o));
  return true;
}

/**
 * `Py_ReprLeave`: `o` leaves the list (searched from its end, where it normally is).
 *
 * @see CPython 3.8 Objects/object.c Py_ReprLeave
 */
export function reprLeave(o: PyObject): void {
  const dict = tstate.dict as PyDict | null;
  const list = dict === null ? null : dictGetStr(dict, 'Py_Repr');
  if (!(list instanceof PyList)) return;
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i] === o) {
      // `PyList_SetSlice(list, i, i + 1, NULL)`: the slots shrink as `list_ass_slice` resizes.
      listResize(list, items.length - 1);
      decref(items.splice(i, 1)[0] as PyObject);
      return;
    }
  }
}
