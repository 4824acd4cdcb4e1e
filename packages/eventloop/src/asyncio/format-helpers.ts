/**
 * The functions of the `asyncio.format_helpers` module: how asyncio names a callback (`_format_callback_source`,
 * `_format_callback`, `_format_args_and_kwargs`) and where a function is defined
 * (`_get_function_source`), the helpers handle and future reprs use, as Python functions. Mirrors
 * CPython 3.8 Lib/asyncio/format_helpers.py, without `extract_stack` (corosim has no `traceback`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { formatArgs, formatCallback, formatCallbackSource, functionSource } from './callback-source.ts';
import { withSignature, type PySignature } from './python-method.ts';

/** `args` as a list of borrowed items, empty when it is false (`if args:`); the caller releases `owned`. */
function argItems(args: rt.PyObject, owned: rt.PyObject[]): readonly rt.PyObject[] {
  if (args === rt.None || !rt.isTrue(args)) return [];
  const items = rt.sequenceToArray(args);
  owned.push(...items);
  return items;
}

/** `kwargs.items()` as borrowed pairs, none when it is false (`if kwargs:`); the caller releases `owned`. */
function kwargItems(kwargs: rt.PyObject, owned: rt.PyObject[]): readonly (readonly [rt.PyObject, rt.PyObject])[] {
  if (kwargs === rt.None || !rt.isTrue(kwargs)) return [];
  if (rt.isDict(kwargs)) return rt.dictItems(kwargs);
  const items = rt.getAttrString(kwargs, 'items');
  owned.push(items);
  const view = rt.callNoArgs(items);
  owned.push(view);
  return rt.sequenceToArray(view).map((pair) => {
    owned.push(pair);
    const [k, v] = rt.sequenceToArray(pair) as [rt.PyObject, rt.PyObject];
    owned.push(k, v);
    return [k, v] as const;
  });
}

/** Runs `body` with a list for the references it takes, released afterwards. */
function withOwned(body: (owned: rt.PyObject[]) => rt.PyObject): rt.PyObject {
  const owned: rt.PyObject[] = [];
  try {
    return body(owned);
  } finally {
    for (const o of owned) rt.decref(o);
  }
}

/** The functions, with the signatures of their Python definitions. */
const FUNCTIONS: readonly (readonly [rt.NativeDef, PySignature])[] = [
  [{
    name: '_get_function_source', kind: 'fast',
    impl: (_m, args) => {
      const source = functionSource(args[0] as rt.PyObject);
      return source === null ? rt.incref(rt.None) : rt.newTupleStealing([rt.newStr(source[0]), rt.newInt(source[1])]);
    },
  }, { params: ['func'] }],
  [{
    name: '_format_callback_source', kind: 'fast',
    impl: (_m, args) => withOwned((owned) => rt.newStr(formatCallbackSource(args[0] as rt.PyObject, argItems(args[1] as rt.PyObject, owned)))),
  }, { params: ['func', 'args'] }],
  [{
    name: '_format_args_and_kwargs', kind: 'fast',
    impl: (_m, args) => withOwned((owned) => rt.newStr(formatArgs(argItems(args[0] as rt.PyObject, owned), kwargItems(args[1] as rt.PyObject, owned)))),
  }, { params: ['args', 'kwargs'] }],
  [{
    name: '_format_callback', kind: 'fast',
    impl: (_m, args) => withOwned((owned) => {
      const [func, fargs, kwargs, suffix] = args as [rt.PyObject, rt.PyObject, rt.PyObject, rt.PyObject | undefined];
      const text = suffix === undefined ? '' : rt.strText(suffix);
      return rt.newStr(formatCallback(func, argItems(fargs, owned), kwargItems(kwargs, owned), text));
    }),
  }, { params: ['func', 'args', 'kwargs', 'suffix'], required: 3 }],
];

/** The functions of `asyncio.format_helpers` (new references). */
export function formatHelpersFunctions(): readonly (readonly [string, rt.PyObject])[] {
  return FUNCTIONS.map(([d, sig]) => [d.name, rt.newNativePyFunction(withSignature(d, sig), 'asyncio.format_helpers')] as const);
}
