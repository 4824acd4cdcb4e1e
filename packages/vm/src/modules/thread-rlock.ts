/**
 * `_thread.RLock`, the re-entrant lock `functools` imports (`from _thread import RLock`) and
 * `cached_property` holds: an owner thread and a count, taken again by its owner without waiting.
 * corosim runs one thread, so the lock is free or held by that thread, except after
 * `_acquire_restore` names another owner. Mirrors CPython 3.8 Modules/_threadmodule.c `rlockobject`.
 * @module
 */
import { PyBytes } from '../objects/bytes.ts';
import { PyInt, newBool, newInt } from '../objects/int.ts';
import { formatIntArg } from '../objects/list-methods.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { isSequenceLike } from '../runtime/abstract-iter.ts';
import { getItem, length } from '../runtime/abstract-item.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { overflowError, runtimeError, typeError, valueError } from '../runtime/errors.ts';
import { TPFLAGS_BASETYPE, decref, incref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';
import { advance } from '../runtime/virtual-time.ts';
import { HolderObject, allocate, holderType } from './functools-args.ts';
import { secondsArg } from './time-seconds.ts';

/**
 * `threading.get_ident()` of corosim's one thread: a fixed stand-in for the `pthread_t` CPython
 * reads, so that reprs showing an owner are the same on every run.
 */
export const MAIN_THREAD_IDENT = 0x7f0000000740n;

const ULONG_MASK = (1n << 64n) - 1n;

/** An `RLock`: `rlock_owner` and `rlock_count` (the underlying lock is held while count > 0). */
class RLock extends HolderObject {
  owner = 0n;
  count = 0n;
}

/** The type `functools.RLock` names: `_thread.RLock`. */
export const rlockType = holderType({ name: 'RLock', module: '_thread', basicsize: 48, flags: TPFLAGS_BASETYPE, doc: null }, false);
rlockType.weakrefable = true;
markDottedTypeName(rlockType);
// `rlock_new` takes any arguments and looks at none.
rlockType.new = (type) => allocate(type, (a) => new RLock(type, a));

rlockType.repr = (self) => {
  const r = self as RLock;
  return newStr(`<${r.count > 0n ? 'locked' : 'unlocked'} ${tpName(self.type)} object owner=${r.owner} count=${r.count} at 0x${self.address.toString(16)}>`);
};

const ACQUIRE_DOC = 'acquire(blocking=True) -> bool\n\nLock the lock.  `blocking` indicates whether we should wait\nfor the lock to be available or not.  If `blocking` is False\nand another thread holds the lock, the method will return False\nimmediately.  If `blocking` is True and another thread holds\nthe lock, the method will wait for the lock to be released,\ntake it and then return True.\n(note: the blocking operation is interruptible.)\n\nIn all other cases, the method will return True immediately.\nPrecisely, if the current thread already holds the lock, its\ninternal counter is simply incremented. If nobody holds the lock,\nthe lock is taken and its internal counter initialized to 1.';
const RELEASE_DOC = 'release()\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nand must be locked by the same thread that unlocks it; otherwise a\n`RuntimeError` is raised.\n\nDo note that if the lock was acquire()d several times in a row by the\ncurrent thread, release() needs to be called as many times for the lock\nto be available for other threads.';

/**
 * Waits for a lock another thread holds: that thread never runs, so a wait with a timeout lets
 * the virtual clock run out the timeout and fails, and one without a timeout never ends.
 */
function waitForOtherOwner(timeout: number | null): PyObject {
  if (timeout === null) {
    // DEVIATION(cpython): CPython blocks forever here; one thread cannot wait for another.
    throw runtimeError('deadlock: the lock is held by another thread, and corosim runs one thread');
  }
  advance(timeout);
  return newBool(false);
}

/** `lock_acquire_parse_args` then `rlock_acquire`: the blocking flag and timeout, then the count. */
function acquire(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, name: string): PyObject {
  const r = self as RLock;
  const [blockingArg, timeoutArg] = parseArgs(name, args, kwnames, ['blocking', 'timeout'], 0);
  const blocking = blockingArg === undefined ? true : formatIntArg(blockingArg) !== 0;
  // `unset_timeout` is -1 second exactly.
  const seconds = timeoutArg === undefined ? -1 : secondsArg(timeoutArg);
  const unset = seconds === -1;
  if (!blocking && !unset) throw valueError("can't specify a timeout for a non-blocking call");
  if (seconds < 0 && !unset) throw valueError('timeout value must be positive');
  if (r.count > 0n) {
    if (r.owner === MAIN_THREAD_IDENT) {
      if (r.count === ULONG_MASK) throw overflowError('Internal lock count overflowed');
      r.count += 1n;
      return newBool(true);
    }
    if (!blocking) return newBool(false);
    return waitForOtherOwner(unset ? null : seconds);
  }
  r.owner = MAIN_THREAD_IDENT;
  r.count = 1n;
  return newBool(true);
}

/** `rlock_release`: only the owner releases, one level at a time. */
function release(self: PyObject): PyObject {
  const r = self as RLock;
  if (r.count === 0n || r.owner !== MAIN_THREAD_IDENT) throw runtimeError('cannot release un-acquired lock');
  r.count -= 1n;
  if (r.count === 0n) r.owner = 0n;
  return incref(None);
}

/** `PyArg_ParseTuple`'s `k` format: any int, masked to an unsigned long. */
function unsignedLongMask(o: PyObject, item: number): bigint {
  if (!(o instanceof PyInt)) throw typeError(`_acquire_restore() argument 1, item ${item} must be int, not ${argTypeName(o)}`);
  return BigInt(o.value) & ULONG_MASK;
}

/** `rlock_acquire_restore`: the `(count, owner)` pair `_release_save` returned. */
function acquireRestore(self: PyObject, args: readonly PyObject[]): PyObject {
  const r = self as RLock;
  if (args.length !== 1) throw typeError(`_acquire_restore() takes exactly 1 argument (${args.length} given)`);
  const state = args[0] as PyObject;
  // `converttuple` of the "(kk)" format.
  if (!isSequenceLike(state) || state instanceof PyBytes) {
    throw typeError(`_acquire_restore() argument 1 must be 2-item sequence, not ${argTypeName(state)}`);
  }
  const n = length(state);
  if (n !== 2) throw typeError(`_acquire_restore() argument 1 must be sequence of length 2, not ${n}`);
  const values: bigint[] = [];
  for (let i = 0; i < 2; i++) {
    const index = newInt(i);
    let item: PyObject;
    try {
      item = getItem(state, index);
    } finally {
      decref(index);
    }
    try {
      values.push(unsignedLongMask(item, i));
    } finally {
      decref(item);
    }
  }
  // The underlying lock is taken first: held, it is never released by this one thread.
  if (r.count > 0n) waitForOtherOwner(null);
  [r.count, r.owner] = values as [bigint, bigint];
  return incref(None);
}

addMethods(rlockType, [
  { name: 'acquire', kind: 'fastkw', doc: ACQUIRE_DOC, impl: (self, args, kwnames) => acquire(self, args, kwnames, 'acquire') },
  { name: 'release', kind: 'noargs', doc: RELEASE_DOC, impl: (self) => release(self) },
  { name: '__enter__', kind: 'fastkw', doc: ACQUIRE_DOC, impl: (self, args, kwnames) => acquire(self, args, kwnames, 'acquire') },
  // METH_VARARGS: `__exit__` takes any positional arguments and releases.
  { name: '__exit__', kind: 'fast', doc: RELEASE_DOC, impl: (self) => release(self) },
  {
    name: '_is_owned', kind: 'noargs', doc: '_is_owned() -> bool\n\nFor internal use by `threading.Condition`.',
    impl: (self) => {
      const r = self as RLock;
      return newBool(r.count > 0n && r.owner === MAIN_THREAD_IDENT);
    },
  },
  {
    name: '_release_save', kind: 'noargs', doc: '_release_save() -> tuple\n\nFor internal use by `threading.Condition`.',
    impl: (self) => {
      const r = self as RLock;
      if (r.count === 0n) throw runtimeError('cannot release un-acquired lock');
      const state = newTupleStealing([newInt(r.count), newInt(r.owner)]);
      r.count = 0n;
      r.owner = 0n;
      return state;
    },
  },
  { name: '_acquire_restore', kind: 'fast', doc: '_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`.', impl: (self, args) => acquireRestore(self, args) },
]);
