/**
 * The slots of native classes that CPython 3.8 writes in Python (`suppress.__init__`,
 * `ContextDecorator.__call__`, `Counter.__repr__`, `WeakSet.__len__`): `def`s of the class in
 * CPython, so their class dict holds `function` objects (`<function suppress.__init__ at 0x...>`)
 * where a built-in type has slot wrappers. The function runs the slot, as the wrapper would, and
 * is noted as standing for it, so that subclasses still reuse the slot itself
 * (runtime/slot-dispatch.ts `fixupSlotDispatchers`). Mirrors what Objects/typeobject.c
 * `type_new` leaves in a class dict: the functions of the class body.
 * @module
 */
import type { PyType } from '../runtime/object.ts';
import type { SlotDef } from '../runtime/slot-table.ts';
import { typeError } from '../runtime/errors.ts';
import { newNativePyMethod } from './native-py-method.ts';
import type { PyNativePyFunction } from './native-py-function.ts';
import { registerSlotFunction } from './wrapper-descr.ts';

/**
 * The function standing for the slot `def` that `owner` fills with `slot`, for `owner`'s dict.
 *
 * @param def - the slot's def (its dunder name, its wrapper call).
 * @param owner - the class whose instances it takes (the defining class).
 * @param slot - the slot function.
 * @returns a new reference, living as long as the type (it outlives the run).
 * @see CPython 3.8 Objects/typeobject.c `update_one_slot` (which finds the slot again).
 */
export function newSlotPyFunction(def: SlotDef, owner: PyType, slot: unknown): PyNativePyFunction {
  const fn = newNativePyMethod({
    name: def.name,
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const kw = kwnames === null || kwnames.length === 0 ? null : kwnames;
      // A Python function takes keywords; a slot that takes none reports the first, as a call of
      // such a `def` would.
      if (kw !== null && def.keywords !== true) throw typeError(`${def.name}() got an unexpected keyword argument '${kw[0] ?? ''}'`);
      return def.wrap(slot, self, args, kw);
    },
  }, owner);
  fn.markOutlivesRun();
  registerSlotFunction(fn, { def, owner, slot });
  return fn;
}
