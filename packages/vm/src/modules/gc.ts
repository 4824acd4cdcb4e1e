/**
 * The `gc` module: `collect`, `enable`/`disable`/`isenabled`, `get_count`, `get_threshold`,
 * `set_threshold`, `get_debug`/`set_debug` (STATS, COLLECTABLE and SAVEALL act), `is_tracked`,
 * `get_referents`, `get_referrers`, `garbage` and `callbacks`.
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
import { collectWithCallback, gcCallbacks, isTracked } from '../runtime/cycle-collector.ts';
import { PyRaise, valueError } from '../runtime/errors.ts';
import { gcState } from '../runtime/gc-registry.ts';
import { gcTraverseOf } from '../runtime/gc-slots.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { writeUnraisable } from '../runtime/unraisable.ts';
import { defineNativeModule } from './module-builder.ts';
import { formatIntArg, intArg } from '../objects/list-methods.ts';
import { listGrowByOne } from '../objects/list-capacity.ts';
import { checkTupleArgCount, parseArgs } from '../runtime/clinic-args.ts';

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

defineNativeModule({
  name: 'gc',
  doc: 'This module provides access to the garbage collector for reference cycles.\n',
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
      name: 'get_referents', kind: 'fast',
      impl: (_m, args) => {
        const out: PyObject[] = [];
        for (const o of args) if (isTracked(o)) gcTraverseOf(o)(o, (r) => out.push(incref(r)));
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
