/**
 * The `asyncgen_hooks` struct sequence `sys.get_asyncgen_hooks()` returns: a tuple subclass with
 * the read-only fields `firstiter` and `finalizer`, its constructor, repr and `__reduce__`.
 * Mirrors CPython 3.8 Python/sysmodule.c (`AsyncGenHooksType`, `asyncgen_hooks_fields`,
 * `asyncgen_hooks_desc`) and Objects/structseq.c (`structseq_new_impl`, `structseq_repr`,
 * `structseq_reduce`, `PyStructSequence_InitType2`).
 * @module
 */
import { rt } from '@corosim/vm/host';

const FIELDS = ['firstiter', 'finalizer'] as const;
const NAME = 'asyncgen_hooks';
const DOC = 'asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.';

/** The `asyncgen_hooks` type (a static type, as CPython's `AsyncGenHooksType`). */
export const asyncgenHooksType: rt.PyType = rt.staticType({
  name: NAME, basicsize: 24, itemsize: 8, flags: rt.TPFLAGS_HAVE_GC, base: rt.tupleType, doc: DOC,
});

/** `PyStructSequence_New` + `SET_ITEM`: an `asyncgen_hooks` taking over the references in `items`. */
export function newAsyncgenHooksStealing(items: rt.PyObject[]): rt.PyTuple {
  return new rt.PyTuple(asyncgenHooksType, items, rt.allocateAddress(asyncgenHooksType, FIELDS.length));
}

function itemsOf(self: rt.PyObject): rt.PyObject[] {
  if (!(self instanceof rt.PyTuple)) throw rt.typeError(`descriptor requires a '${NAME}' object but received a '${self.type.name}'`);
  return self.items;
}

/** `structseq_new_impl`: `asyncgen_hooks(sequence, dict=None)`. */
asyncgenHooksType.new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const bound: (rt.PyObject | undefined)[] = [args[0], args[1]].slice(0, npos);
  if (npos > 2) throw rt.typeError(`structseq() takes at most 2 arguments (${args.length} given)`);
  (kwnames ?? []).forEach((k, i) => {
    const index = k === 'sequence' ? 0 : k === 'dict' ? 1 : -1;
    if (index < 0) throw rt.typeError(`'${k}' is an invalid keyword argument for structseq()`);
    if (index < npos) throw rt.typeError(`argument for structseq() given by name ('${k}') and position (${index + 1})`);
    bound[index] = args[npos + i];
  });
  const arg = bound[0];
  if (arg === undefined) throw rt.typeError("structseq() missing required argument 'sequence' (pos 1)");
  const dict = bound[1];
  const items = rt.sequenceToArray(arg, 'constructor requires a sequence');
  const fail = (message: string): never => {
    for (const o of items) rt.decref(o);
    throw rt.typeError(message);
  };
  if (dict !== undefined && dict !== rt.None && !rt.isDict(dict)) fail(`${type.name}() takes a dict as second arg, if any`);
  if (items.length !== FIELDS.length) fail(`${type.name}() takes a ${FIELDS.length}-sequence (${items.length}-sequence given)`);
  return new rt.PyTuple(type, items, rt.allocateAddress(type, FIELDS.length));
};

/** `structseq_repr`: `asyncgen_hooks(firstiter=None, finalizer=None)`. */
asyncgenHooksType.repr = (self) => {
  const items = itemsOf(self);
  const parts = FIELDS.map((name, i) => `${name}=${rt.reprText(items[i] ?? rt.None)}`);
  return rt.newStr(`${self.type.name}(${parts.join(', ')})`);
};

rt.addGetSets(asyncgenHooksType, FIELDS.map((name, i) => ({
  name,
  get: (self: rt.PyObject) => rt.incref(itemsOf(self)[i] ?? rt.None),
  set: (): void => {
    throw rt.attributeError('readonly attribute');
  },
})));

rt.addMethods(asyncgenHooksType, [
  {
    name: '__reduce__', kind: 'noargs',
    impl: (self) => {
      const tup = rt.newTuple(itemsOf(self).slice(0, FIELDS.length));
      return rt.newTupleStealing([rt.incref(self.type), rt.newTupleStealing([tup, rt.newDict()])]);
    },
  },
]);
rt.addValue(asyncgenHooksType, 'n_sequence_fields', () => rt.newInt(FIELDS.length));
rt.addValue(asyncgenHooksType, 'n_fields', () => rt.newInt(FIELDS.length));
rt.addValue(asyncgenHooksType, 'n_unnamed_fields', () => rt.newInt(0));
