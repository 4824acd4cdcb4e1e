/**
 * The `gc` module: `collect`, `enable`/`disable`/`isenabled`, `get_count`, `get_threshold`,
 * `set_threshold`, `get_debug`/`set_debug` (STATS, COLLECTABLE and SAVEALL act), `is_tracked`,
 * `get_referents`, `get_referrers`, `get_objects`, `get_stats`, `freeze`/`unfreeze`/`get_freeze_count`,
 * `garbage` and `callbacks`.
 * Mirrors CPython 3.8 Modules/gcmodule.c (`gc_collect_impl`, `invoke_gc_callback`, ...).
 * @module
 */
import { dictSetStr, newDict } from '../objects/dict.ts';
import { newBool, newInt } from '../objects/int.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { collectWithCallback, gcCallbacks, isGcObject, isTracked } from '../runtime/cycle-collector.ts';
import { PyRaise, overflowError, typeError, valueError } from '../runtime/errors.ts';
import { indexValueOrNull } from '../objects/slice.ts';
import { tpName } from '../runtime/type-name.ts';
import { gcState, type GcList } from '../runtime/gc-registry.ts';
import { gcTraverseOf } from '../runtime/gc-slots.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { writeUnraisable } from '../runtime/unraisable.ts';
import { defineNativeModule } from './module-builder.ts';
import { formatIntArg, intArg } from '../objects/list-methods.ts';
import { listGrowByOne } from '../objects/list-capacity.ts';
import { checkTupleArgCount, parseArgs } from '../runtime/clinic-args.ts';
import { GC_DOC } from './module-docs.ts';

/** The `gc.callbacks` and `gc.garbage` lists of the running interpreter. */
let callbacksList: PyList | null = null;

/** `_PyGC_Fini`: the interpreter lets go of `gc.callbacks` at the very end of finalization. */
export function finiGc(): void {
  const list = callbacksList;
  callbacksList = null;
  if (list !== null) decref(list);
}

/** `gc.collect()` on behalf of Python code or the runtime (0 while a collection runs). */
export function gcCollect(generation = 2): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    return collectWithCallback(generation);
  } finally {
    gcState.collecting = false;
  }
}

gcCallbacks.invoke = (phase, generation, collected, uncollectable) => {
  const list = callbacksList;
  if (list === null || list.items.length === 0) return;
  const info = newDict();
  for (const [k, v] of [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]] as const) {
    const n = newInt(v);
    dictSetStr(info, k, n);
    decref(n);
  }
  const phaseStr = newStr(phase);
  try {
    for (let i = 0; i < list.items.length; i++) {
      const cb = incref(list.items[i] as PyObject);
      try {
        decref(callObject(cb, [phaseStr, info], null));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        writeUnraisable(e, cb);
      } finally {
        decref(cb);
      }
    }
  } finally {
    decref(phaseStr);
    decref(info);
  }
};

/** `gc_list_merge`: the objects of `from` go, in order, to the end of `to`. */
function mergeInto(from: GcList, to: GcList): void {
  for (const o of [...from]) to.add(o);
}

defineNativeModule({
  name: 'gc',
  doc: GC_DOC,
  functions: [
    {
      name: 'collect', kind: 'fastkw',
      impl: (_m, args, kwnames) => {
        const [given] = parseArgs('collect', args, kwnames, ['generation'], 0);
        const generation = given === undefined ? 2 : intArg(given);
        if (generation < 0 || generation > 2) throw valueError('invalid generation');
        return newInt(gcCollect(generation));
      },
    },
    { name: 'enable', kind: 'noargs', impl: () => { gcState.enabled = true; return incref(None); } },
    { name: 'disable', kind: 'noargs', impl: () => { gcState.enabled = false; return incref(None); } },
    { name: 'isenabled', kind: 'noargs', impl: () => newBool(gcState.enabled) },
    {
      name: 'get_count', kind: 'noargs',
      impl: () => newTupleStealing(gcState.generations.map((g) => newInt(g.count))),
    },
    {
      name: 'get_threshold', kind: 'noargs',
      impl: () => newTupleStealing(gcState.generations.map((g) => newInt(g.threshold))),
    },
    {
      name: 'set_threshold', kind: 'fast',
      impl: (_m, args) => {
        // `PyArg_ParseTuple(args, "i|ii:set_threshold", ...)` stores each value as it converts it.
        checkTupleArgCount('set_threshold', args.length, 1, 3);
        args.forEach((a, i) => {
          const g = gcState.generations[i];
          if (g !== undefined) g.threshold = formatIntArg(a);
        });
        return incref(None);
      },
    },
    { name: 'get_debug', kind: 'noargs', impl: () => newInt(gcState.debug) },
    {
      name: 'set_debug', kind: 'o',
      impl: (_m, args) => {
        gcState.debug = intArg(args[0] as PyObject);
        return incref(None);
      },
    },
    { name: 'is_tracked', kind: 'o', impl: (_m, args) => newBool(isTracked(args[0] as PyObject)) },
    {
      // `gc_freeze_impl`: every generation moves, youngest first, to the end of the permanent one.
      name: 'freeze', kind: 'noargs',
      impl: () => {
        for (const g of gcState.generations) mergeInto(g.objects, gcState.permanent);
        gcState.generations[0].count = 0;
        return incref(None);
      },
    },
    {
      name: 'unfreeze', kind: 'noargs',
      impl: () => {
        mergeInto(gcState.permanent, gcState.generations[2].objects);
        return incref(None);
      },
    },
    { name: 'get_freeze_count', kind: 'noargs', impl: () => newInt(gcState.permanent.size) },
    {
      name: 'get_stats', kind: 'noargs',
      impl: () =>
        newListStealing(
          gcState.generations.map((g) => {
            const d = newDict();
            for (const [key, value] of [['collections', g.collections], ['collected', g.collected], ['uncollectable', g.uncollectable]] as const) {
              const v = newInt(value);
              dictSetStr(d, key, v);
              decref(v);
            }
            return d;
          }),
        ),
    },
    {
      name: 'get_objects', kind: 'fastkw',
      impl: (_m, args, kwnames) => {
        const [given] = parseArgs('get_objects', args, kwnames, ['generation'], 0);
        let generations = gcState.generations.map((g) => g.objects);
        // `_Py_convert_optional_to_ssize_t`, with -1 (the C default) meaning every generation.
        const v = given === undefined || given === None ? -1n : indexValueOrNull(given);
        if (v === null) throw typeError(`argument should be integer or None, not '${tpName((given as PyObject).type)}'`);
        const n = BigInt(v);
        if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
        if (n !== -1n) {
          if (n >= 3n) throw valueError('generation parameter must be less than the number of available generations (3)');
          if (n < 0n) throw valueError('generation parameter cannot be negative');
          generations = [gcState.generations[Number(n)]?.objects ?? gcState.permanent];
        }
        // The list is made (and tracked) first; `append_objects` leaves it out.
        const result = newListStealing([]);
        for (const list of generations) {
          for (const o of list) {
            // Lazily untracked dicts and tuples are in no list in CPython.
            if (o === result || o.refcnt <= 0 || !isTracked(o)) continue;
            listGrowByOne(result);
            result.items.push(incref(o));
          }
        }
        return result;
      },
    },
    {
      name: 'get_referents', kind: 'fast',
      impl: (_m, args) => {
        const out: PyObject[] = [];
        // Tracked or not: `gc_get_referents` asks only `PyObject_IS_GC`.
        for (const o of args) if (isGcObject(o)) gcTraverseOf(o)(o, (r) => out.push(incref(r)));
        return newListStealing(out);
      },
    },
    {
      name: 'get_referrers', kind: 'fast',
      impl: (_m, args) => {
        const out: PyObject[] = [];
        for (const g of gcState.generations) {
          for (const o of g.objects) {
            if (o.refcnt <= 0 || !isTracked(o)) continue;
            const hits: PyObject[] = [];
            gcTraverseOf(o)(o, (r) => { if (args.includes(r)) hits.push(r); });
            if (hits.length > 0) out.push(incref(o));
          }
        }
        return newListStealing(out);
      },
    },
  ],
  values: () => {
    const callbacks = newListStealing([]);
    callbacksList = callbacks;
    const garbage = newListStealing([]);
    // `DEBUG_SAVEALL` collections append what they find here. (The module keeps its list alive.)
    gcState.saveGarbage = (o) => {
      listGrowByOne(garbage);
      garbage.items.push(incref(o));
    };
    return [
      ['garbage', garbage],
      ['callbacks', incref(callbacks)],
      ['DEBUG_STATS', newInt(1)],
      ['DEBUG_COLLECTABLE', newInt(2)],
      ['DEBUG_UNCOLLECTABLE', newInt(4)],
      ['DEBUG_SAVEALL', newInt(32)],
      ['DEBUG_LEAK', newInt(38)],
    ];
  },
});
