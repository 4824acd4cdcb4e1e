/**
 * `Future._repr_info()` and `Task._repr_info()`, and the reprs built on them: `FutureObj_repr`
 * calls the `_repr_info` method, so a subclass overriding it changes the repr
 * (`<MyFuture pending extra>`). Mirrors CPython 3.8 Modules/_asynciomodule.c (`FutureObj_repr`,
 * `_asyncio_Future__repr_info`, `_asyncio_Task__repr_info`) and Lib/asyncio/base_futures.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyFuture, futureReprInfo, futureType } from './future.ts';
import { PyTask, taskReprInfo, taskType } from './task.ts';

/** The native info of a future or task (its own `_repr_info`). */
function nativeInfo(self: rt.PyObject): string[] {
  return self instanceof PyTask ? taskReprInfo(self) : futureReprInfo(self as PyFuture);
}

/** `' '.join(self._repr_info())`: the native info unless a subclass overrides the method. */
function reprInfoText(self: rt.PyObject): string {
  // `ENSURE_FUTURE_ALIVE` (`Future.__new__(Future)` never initialized).
  if ((self as PyFuture).loop === null) throw rt.raiseMessage(rt.Exceptions.RuntimeError, 'Future object is not initialized.');
  const own = self instanceof PyTask ? ownTaskMethod : ownFutureMethod;
  if (own !== null && rt.lookupType(self.type, '_repr_info') === own) return nativeInfo(self).join(' ');
  const m = rt.getAttrString(self, '_repr_info');
  let info: rt.PyObject;
  try {
    info = rt.callObject(m, []);
  } finally {
    rt.decref(m);
  }
  try {
    // `PyUnicode_Join(NULL, rinfo)`: a space between the items, each a str.
    const items = rt.sequenceToArray(info, 'can only join an iterable');
    try {
      return items.map((o, i) => {
        if (!(o instanceof rt.PyStr)) throw rt.typeError(`sequence item ${i}: expected str instance, ${o.type.name} found`);
        return o.value;
      }).join(' ');
    } finally {
      for (const o of items) rt.decref(o);
    }
  } finally {
    rt.decref(info);
  }
}

const infoList = (self: rt.PyObject): rt.PyObject => rt.newListStealing(nativeInfo(self).map((s) => rt.newStr(s)));
rt.addMethods(futureType, [{ name: '_repr_info', kind: 'noargs', impl: infoList }]);
rt.addMethods(taskType, [{ name: '_repr_info', kind: 'noargs', impl: infoList }]);

/** The classes' own `_repr_info` descriptors (looked up when first needed: the dicts are made at boot). */
let ownFutureMethod: rt.PyObject | null = null;
let ownTaskMethod: rt.PyObject | null = null;

futureType.repr = (self) => {
  ownFutureMethod ??= rt.lookupType(futureType, '_repr_info');
  return rt.newStr(`<${self.type.name} ${reprInfoText(self)}>`);
};
taskType.repr = (self) => {
  ownTaskMethod ??= rt.lookupType(taskType, '_repr_info');
  return rt.newStr(`<${self.type.name} ${reprInfoText(self)}>`);
};
