/**
 * The `sys` functions of this package: `set_asyncgen_hooks`, `get_asyncgen_hooks`,
 * `set_coroutine_origin_tracking_depth` and `get_coroutine_origin_tracking_depth`, operating on the
 * VM's thread-state slots, with CPython's argument parsing and messages. Mirrors CPython 3.8
 * Python/sysmodule.c (`sys_set_asyncgen_hooks`, `sys_get_asyncgen_hooks`,
 * `sys_set_coroutine_origin_tracking_depth_impl`, `sys_get_coroutine_origin_tracking_depth_impl`),
 * Python/ceval.c (`_PyEval_SetAsyncGenFirstiter`, `_PyEval_SetAsyncGenFinalizer`) and the
 * keyword checks of Python/getargs.c `vgetargskeywords`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { emit } from './events.ts';
import { newAsyncgenHooksStealing } from './hooks-struct.ts';
import { checkOriginTrackingDepth, observeOriginCapture, parseDepthArgument } from './origin-tracking.ts';

const KEYWORDS = ['firstiter', 'finalizer'] as const;

/** `PyArg_ParseTupleAndKeywords(args, kw, "|OO", keywords, ...)` with no function name. */
function parseHooksArguments(args: readonly rt.PyObject[], kwnames: readonly string[] | null): (rt.PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > KEYWORDS.length) {
    throw rt.typeError(`function takes at most ${KEYWORDS.length} ${npos === 0 ? 'keyword ' : ''}arguments (${args.length} given)`);
  }
  const values: (rt.PyObject | null)[] = KEYWORDS.map((_, i) => (i < npos ? (args[i] ?? null) : null));
  const kw = kwnames ?? [];
  let unmatched = nkw;
  KEYWORDS.forEach((name, i) => {
    if (i < npos) return;
    const at = kw.indexOf(name);
    if (at >= 0) {
      values[i] = args[npos + at] ?? null;
      unmatched--;
    }
  });
  if (unmatched > 0) {
    for (let i = 0; i < npos; i++) {
      const name = KEYWORDS[i];
      if (name !== undefined && kw.includes(name)) throw rt.typeError(`argument for function given by name ('${name}') and position (${i + 1})`);
    }
    for (const name of kw) {
      if (!(KEYWORDS as readonly string[]).includes(name)) throw rt.typeError(`'${name}' is an invalid keyword argument for this function`);
    }
  }
  return values;
}

/** `PyCallable_Check`. */
function isCallable(o: rt.PyObject): boolean {
  return o.type.call !== undefined;
}

/** `Py_XSETREF` of one thread-state hook slot. */
function setSlot(slot: 'asyncgenFirstiter' | 'asyncgenFinalizer', value: rt.PyObject | null): void {
  const old = rt.tstate[slot];
  rt.tstate[slot] = value === null ? null : rt.incref(value);
  if (old !== null) rt.decref(old);
}

/** `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: the finalizer is checked and set first. */
function setAsyncgenHooks(args: readonly rt.PyObject[], kwnames: readonly string[] | null): rt.PyObject {
  const [firstiter = null, finalizer = null] = parseHooksArguments(args, kwnames);
  const fields: [rt.PyObject | null, 'finalizer' | 'firstiter', 'asyncgenFinalizer' | 'asyncgenFirstiter'][] = [
    [finalizer, 'finalizer', 'asyncgenFinalizer'],
    [firstiter, 'firstiter', 'asyncgenFirstiter'],
  ];
  for (const [value, name, slot] of fields) {
    if (value === null) continue;
    if (value === rt.None) {
      setSlot(slot, null);
      continue;
    }
    if (!isCallable(value)) throw rt.typeError(`callable ${name} expected, got ${value.type.name}`);
    setSlot(slot, value);
  }
  emit({
    kind: 'hooks-set',
    firstiterType: rt.tstate.asyncgenFirstiter?.type.name ?? null,
    finalizerType: rt.tstate.asyncgenFinalizer?.type.name ?? null,
  });
  return rt.incref(rt.None);
}

/** `sys.get_asyncgen_hooks()`: a new `asyncgen_hooks(firstiter, finalizer)`. */
function getAsyncgenHooks(): rt.PyObject {
  return newAsyncgenHooksStealing([rt.incref(rt.tstate.asyncgenFirstiter ?? rt.None), rt.incref(rt.tstate.asyncgenFinalizer ?? rt.None)]);
}

observeOriginCapture((depth) => {
  const frame = rt.tstate.frame;
  const creator = frame instanceof rt.PyFrame && frame.code.name instanceof rt.PyStr ? frame.code.name.value : null;
  emit({ kind: 'origin-captured', depth, creator });
});

/** The `sys` functions, as the VM's `sys` module installs them. */
export const sysFunctions: rt.NativeDef[] = [
  {
    name: 'set_asyncgen_hooks', kind: 'fastkw',
    doc: 'set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.',
    impl: (_m, args, kwnames) => setAsyncgenHooks(args, kwnames),
  },
  {
    name: 'get_asyncgen_hooks', kind: 'noargs',
    doc: 'get_asyncgen_hooks($module, /)\n--\n\nReturn the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer).',
    impl: () => getAsyncgenHooks(),
  },
  {
    name: 'set_coroutine_origin_tracking_depth', kind: 'fastkw',
    doc: "set_coroutine_origin_tracking_depth($module, /, depth)\n--\n\nEnable or disable origin tracking for coroutine objects in this thread.\n\nCoroutine objects will track 'depth' frames of traceback information\nabout where they came from, available in their cr_origin attribute.\n\nSet a depth of 0 to disable.",
    impl: (_m, args, kwnames) => {
      const depth = parseDepthArgument(args, kwnames);
      const error = checkOriginTrackingDepth(depth);
      if (error !== undefined) throw rt.valueError(error.message);
      rt.tstate.coroutineOriginTrackingDepth = depth;
      emit({ kind: 'origin-tracking-depth-set', depth });
      return rt.incref(rt.None);
    },
  },
  {
    name: 'get_coroutine_origin_tracking_depth', kind: 'noargs',
    doc: 'get_coroutine_origin_tracking_depth($module, /)\n--\n\nCheck status of origin tracking for coroutine objects in this thread.',
    impl: () => rt.newInt(rt.tstate.coroutineOriginTrackingDepth),
  },
];

/** Adds the functions to every run's `sys` module (once). */
export function installSysFunctions(): void {
  const names = new Set(rt.sysExtensions.map((def) => def.name));
  for (const def of sysFunctions) if (!names.has(def.name)) rt.sysExtensions.push(def);
}
