/**
 * The loop's bookkeeping of async generators: the `sys.set_asyncgen_hooks` hooks `run_forever`
 * installs (`_asyncgen_firstiter_hook`, `_asyncgen_finalizer_hook`), the weak set of generators
 * they keep and `shutdown_asyncgens`. Mirrors CPython 3.8 Lib/asyncio/base_events.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { gather } from './gather.ts';
import { PyFuture } from './future.ts';
import { PyLoop, baseLoopType, callMethod, loopHooks } from './loop-object.ts';
import { callExceptionHandler } from './exception-handler.ts';
import { addPythonMethods } from './python-method.ts';
import { scheduleCall } from './handle-object.ts';
import { asyncioFrame } from './asyncio-paths.ts';
import { awaitOwnedFuture, newNativeCoro, type CoroBody } from './native-coro.ts';

/**
 * `warnings.warn(message, ResourceWarning, source=loop)` as `_asyncgen_firstiter_hook` calls it:
 * the default stack level names the hook's own line in base_events.py, so that frame stands
 * (hidden) above the Python frame that started the generator while the warning is made.
 */
function resourceWarning(message: string, source: rt.PyObject): void {
  const modules = rt.sysAttribute('modules');
  const builtins = modules instanceof rt.PyDict ? rt.dictGetStr(modules, 'builtins') : null;
  if (builtins === null) return;
  const importer = rt.getAttrString(builtins, '__import__');
  const name = rt.newStr('warnings');
  let warnings: rt.PyObject;
  try {
    warnings = rt.callObject(importer, [name]);
  } finally {
    rt.decref(name);
    rt.decref(importer);
  }
  const current = rt.tstate.frame;
  const top = current instanceof rt.PyFrame ? current : null;
  const hiddenBefore = top === null ? undefined : rt.hiddenCallerFrames.get(top);
  if (top !== null) rt.hiddenCallerFrames.set(top, [asyncioFrame('base_events.py', 517, '_asyncgen_firstiter_hook'), ...hiddenBefore ?? []]);
  const msg = rt.newStr(message);
  try {
    rt.decref(callMethodKw(warnings, 'warn', [msg, rt.Exceptions.ResourceWarning, source], ['source']));
  } finally {
    if (top !== null) {
      if (hiddenBefore === undefined) rt.hiddenCallerFrames.delete(top);
      else rt.hiddenCallerFrames.set(top, hiddenBefore);
    }
    rt.decref(msg);
    rt.decref(warnings);
  }
}

function callMethodKw(o: rt.PyObject, name: string, args: readonly rt.PyObject[], kwnames: readonly string[]): rt.PyObject {
  const m = rt.getAttrString(o, name);
  try {
    const call = m.type.call;
    if (call === undefined) throw rt.typeError(`'${m.type.name}' object is not callable`);
    return call(m, args, kwnames);
  } finally {
    rt.decref(m);
  }
}

/** `BaseEventLoop._asyncgen_firstiter_hook(agen)`: the loop keeps the generator (weakly). */
function firstiterHook(loop: PyLoop, agen: rt.PyObject): void {
  if (loop.asyncgensShutdownCalled) {
    resourceWarning(`asynchronous generator ${rt.reprText(agen)} was scheduled after loop.shutdown_asyncgens() call`, loop);
  }
  loop.asyncgens.add(agen);
}

/** `BaseEventLoop._asyncgen_finalizer_hook(agen)`: `aclose()` it in a task, soon. */
function finalizerHook(loop: PyLoop, agen: rt.PyObject): void {
  loop.asyncgens.discard(agen);
  if (loop.closed) return;
  const aclose = callMethod(agen, 'aclose', []);
  const createTask = rt.getAttrString(loop, 'create_task');
  try {
    rt.decref(scheduleCall(loop, null, createTask, [aclose]));
  } finally {
    rt.decref(createTask);
    rt.decref(aclose);
  }
}

addPythonMethods(baseLoopType, 'asyncio.base_events', baseLoopType, [
  { def: { name: '_asyncgen_firstiter_hook', kind: 'o', impl: (self, args) => (firstiterHook(self as PyLoop, args[0] as rt.PyObject), rt.newNone()) }, params: ['agen'] },
  { def: { name: '_asyncgen_finalizer_hook', kind: 'o', impl: (self, args) => (finalizerHook(self as PyLoop, args[0] as rt.PyObject), rt.newNone()) }, params: ['agen'] },
]);

/** The function `BaseEventLoop.<name>` (borrowed: the class's dict holds it). */
function hookFunction(name: string): rt.PyObject {
  const fn = rt.lookupType(baseLoopType, name);
  if (fn === null) throw new Error(`BaseEventLoop.${name} is not defined`);
  return fn;
}

/**
 * `old_agen_hooks = sys.get_asyncgen_hooks(); sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, ...)`:
 * the hooks are bound methods, as CPython's are; returns the restorer.
 */
export function installAsyncgenHooks(loop: PyLoop): () => void {
  const oldFirstiter = rt.tstate.asyncgenFirstiter;
  const oldFinalizer = rt.tstate.asyncgenFinalizer;
  rt.tstate.asyncgenFinalizer = new rt.PyMethod(hookFunction('_asyncgen_finalizer_hook'), loop);
  rt.tstate.asyncgenFirstiter = new rt.PyMethod(hookFunction('_asyncgen_firstiter_hook'), loop);
  return () => {
    const firstiter = rt.tstate.asyncgenFirstiter;
    const finalizer = rt.tstate.asyncgenFinalizer;
    rt.tstate.asyncgenFinalizer = oldFinalizer;
    rt.tstate.asyncgenFirstiter = oldFirstiter;
    if (finalizer !== null) rt.decref(finalizer);
    if (firstiter !== null) rt.decref(firstiter);
  };
}

/** The body of `shutdown_asyncgens()`. */
function* shutdownBody(loop: PyLoop): CoroBody {
  loop.asyncgensShutdownCalled = true;
  const closing = loop.asyncgens.live().map((agen) => rt.incref(agen));
  loop.asyncgens.clear();
  try {
    if (closing.length === 0) return rt.newNone();
    const acloses: rt.PyObject[] = [];
    let results: rt.PyObject;
    try {
      for (const agen of closing) acloses.push(callMethod(agen, 'aclose', []));
      const fut = gather([...acloses, rt.True, loop], ['return_exceptions', 'loop']);
      try {
        results = yield* awaitOwnedFuture(fut as PyFuture);
      } finally {
        rt.decref(fut);
      }
    } finally {
      for (const a of acloses) rt.decref(a);
    }
    try {
      const items = rt.sequenceToArray(results, 'results');
      try {
        items.forEach((result, i) => {
          const agen = closing[i];
          if (agen === undefined || !(result instanceof rt.PyBaseException) || !result.type.isSubtype(rt.Exceptions.Exception)) return;
          callExceptionHandler(loop, `an error occurred during closing of asynchronous generator ${rt.reprText(agen)}`, result, [['asyncgen', agen]]);
        });
      } finally {
        for (const o of items) rt.decref(o);
      }
    } finally {
      rt.decref(results);
    }
    return rt.newNone();
  } finally {
    for (const agen of closing) rt.decref(agen);
  }
}

loopHooks.installAsyncgenHooks = installAsyncgenHooks;
loopHooks.shutdownAsyncgens = (loop) => newNativeCoro('BaseEventLoop.shutdown_asyncgens', shutdownBody(loop), [rt.incref(loop)]);
