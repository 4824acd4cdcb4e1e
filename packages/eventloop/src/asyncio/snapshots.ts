/**
 * Snapshots of corosim's native state as the Python containers CPython's asyncio keeps: a
 * queue's items (`_queue`). Tests read them (`len(q._queue)`); CPython's is the live container
 * (the waiter deques are live: waiter-deque.ts).
 * Mirrors the attributes set in CPython 3.8 Lib/asyncio/locks.py and queues.py.
 * @module
 */
import { rt } from '@corosim/vm/host';

/** `import name` (new reference), through the builtins' `__import__` as the statement does. */
export function importModule(name: string): rt.PyObject {
  const modules = rt.sysAttribute('modules');
  const builtins = modules instanceof rt.PyDict ? rt.dictGetStr(modules, 'builtins') : null;
  if (builtins === null) throw rt.runtimeError('lost builtins module');
  const importer = rt.getAttrString(builtins, '__import__');
  const key = rt.newStr(name);
  try {
    return rt.callObject(importer, [key]);
  } finally {
    rt.decref(key);
    rt.decref(importer);
  }
}

/**
 * `collections.deque(items)` (new reference; `items` borrowed).
 *
 * @remarks
 * DEVIATION(cpython): a copy made when read; CPython's attribute is the live deque, so changing
 * it changes the primitive, and reading it twice gives the same object.
 */
export function dequeSnapshot(items: readonly rt.PyObject[]): rt.PyObject {
  const collections = importModule('collections');
  try {
    const list = rt.newListStealing(items.map((o) => rt.incref(o)));
    try {
      return callAttr(collections, 'deque', [list]);
    } finally {
      rt.decref(list);
    }
  } finally {
    rt.decref(collections);
  }
}

/** `o.name(*args)` (new reference). */
export function callAttr(o: rt.PyObject, name: string, args: readonly rt.PyObject[]): rt.PyObject {
  const f = rt.getAttrString(o, name);
  try {
    return rt.callObject(f, args);
  } finally {
    rt.decref(f);
  }
}

/** `list(items)` (new reference; `items` borrowed). */
export function listSnapshot(items: readonly rt.PyObject[]): rt.PyObject {
  return rt.newListStealing(items.map((o) => rt.incref(o)));
}
