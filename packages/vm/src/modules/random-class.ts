/**
 * `random.Random`, the class of Lib/random.py: a subclass of `_random.Random` whose methods
 * (in random.ts and random-sequences.ts) draw through `self`, with an instance `__dict__`
 * holding `gauss_next`. Mirrors CPython 3.8 Lib/random.py `Random`.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, type PyObject, type PyType } from '../runtime/object.ts';
import { addValue } from '../runtime/type-defs.ts';
import { tpName } from '../runtime/type-name.ts';
import { instanceDictGetSet, weakrefGetSet } from '../objects/object-type.ts';
import { layOutAsLibraryClass } from '../objects/type-layout.ts';
import type { RandomDraws } from '../random/random-methods.ts';
import { PyRandom, coreType } from './random-core.ts';
import { drawsOf } from './random-draws.ts';

/** `random.Random` (a class statement in CPython: instances have `__dict__` and `__weakref__`). */
export const randomType: PyType = staticType({ name: 'Random', module: 'random', base: coreType, basicsize: 2536, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
layOutAsLibraryClass(randomType, { dict: true, weak: true });
addValue(randomType, '__dict__', () => instanceDictGetSet(randomType));
addValue(randomType, '__weakref__', () => weakrefGetSet(randomType));

/** `self` as a `random.Random` (the descriptor check of its methods). */
export function asRandom(o: PyObject): PyRandom {
  if (!(o instanceof PyRandom) || !o.type.isSubtype(randomType)) {
    throw typeError(`descriptor requires a 'random.Random' object but received '${tpName(o.type)}'`);
  }
  return o;
}

/** What `self`'s random.py methods draw from. */
export function drawsOfRandom(self: PyObject): RandomDraws {
  return drawsOf(asRandom(self), randomType);
}
