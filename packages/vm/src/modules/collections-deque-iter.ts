/**
 * Making and pickling deque iterators: `_deque_iterator(d, index=0)` and
 * `_deque_reverse_iterator(d, index=0)` (an iterator over `d` advanced `index` steps), and their
 * `__reduce__`, which rebuilds them that way. Mirrors CPython 3.8 Modules/_collectionsmodule.c
 * `dequeiter_new`, `dequereviter_new` and `dequeiter_reduce`.
 * @module
 */
import { newInt } from '../objects/int.ts';
import { ssizeArg } from '../objects/list-methods.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { PyDeque, PyDequeIter, dequeIterType, dequeRevIterType, newIter } from './collections-deque.ts';

for (const t of [dequeIterType, dequeRevIterType]) {
  // `PyArg_ParseTuple(args, "O!|n", &deque_type, ...)`: keyword arguments are not looked at.
  t.new = (_type, args, kwnames) => {
    const n = args.length - (kwnames === null ? 0 : kwnames.length);
    if (n < 1) throw typeError(`function takes at least 1 argument (${n} given)`);
    if (n > 2) throw typeError(`function takes at most 2 arguments (${n} given)`);
    const d = args[0] as PyObject;
    if (!(d instanceof PyDeque)) throw typeError(`argument 1 must be collections.deque, not ${argTypeName(d)}`);
    const index = n === 2 ? ssizeArg(args[1] as PyObject) : 0;
    const it = newIter(d, t);
    // Consume `index` items, stopping early at the end.
    for (let i = 0; i < index; i++) {
      const item = t.iternext?.(it) ?? null;
      if (item === null) break;
      decref(item);
    }
    return it;
  };
  addMethods(t, [
    {
      name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.',
      impl: (self) => {
        const it = self as PyDequeIter;
        const d = it.deque;
        if (d === null) return newTupleStealing([incref(t), newTupleStealing([])]);
        return newTupleStealing([incref(t), newTupleStealing([incref(d), newInt(d.items.length - it.counter)])]);
      },
    },
  ]);
}
