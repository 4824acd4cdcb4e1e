/**
 * The signal methods of the Unix loop: with no signals in corosim no handler is ever added, but
 * the arguments are checked as CPython checks them first (a coroutine callback, a signal number
 * that is no int or no valid signal, a closed loop), and removing a handler finds none. Mirrors
 * CPython 3.8 Lib/asyncio/unix_events.py (`add_signal_handler`, `remove_signal_handler`,
 * `_check_signal`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyLoop, checkClosed, loopType } from './loop-object.ts';
import { unsupported } from './loop-unsupported.ts';
import { isCoroutine } from './task.ts';
import { isCoroutineFunction } from './coroutines.ts';
import { addPythonMethods } from './python-method.ts';

/** `signal.NSIG` on Linux: signal numbers run from 1 to 64. */
const NSIG = 65;
/** The real-time signals glibc keeps for itself, which `signal.valid_signals()` leaves out. */
const RESERVED: ReadonlySet<number> = new Set([32, 33]);

/** `_check_signal(sig)`: an int that `signal.valid_signals()` holds. */
function checkSignal(sig: rt.PyObject): void {
  if (!(sig instanceof rt.PyInt)) throw rt.typeError(`sig must be an int, not ${rt.reprText(sig)}`);
  const n = sig.big;
  if (n < 1n || n >= BigInt(NSIG) || RESERVED.has(Number(n))) throw rt.raiseValue(rt.newExceptionStealing(rt.Exceptions.ValueError, [rt.newStr(`invalid signal number ${n.toString()}`)]));
}

/** `add_signal_handler(sig, callback, *args)`: the checks, then what corosim lacks. */
function addSignalHandler(loop: PyLoop, args: readonly rt.PyObject[]): never {
  const [sig, callback] = args;
  if (sig === undefined || callback === undefined) {
    throw rt.typeError(`add_signal_handler() missing ${sig === undefined ? "2 required positional arguments: 'sig' and 'callback'" : "1 required positional argument: 'callback'"}`);
  }
  if (isCoroutine(callback) || isCoroutineFunction(callback)) throw rt.typeError('coroutines cannot be used with add_signal_handler()');
  checkSignal(sig);
  checkClosed(loop);
  throw unsupported('add_signal_handler', 'signals');
}

addPythonMethods(loopType, 'asyncio.unix_events', loopType, [
  { def: { name: 'add_signal_handler', kind: 'fast', impl: (self, args) => addSignalHandler(self as PyLoop, args) } },
  // No handler was ever added: `del self._signal_handlers[sig]` finds none.
  { def: { name: 'remove_signal_handler', kind: 'o', impl: (_self, args) => (checkSignal(args[0] as rt.PyObject), rt.newBool(false)) }, params: ['sig'] },
  { def: { name: '_check_signal', kind: 'o', impl: (_self, args) => (checkSignal(args[0] as rt.PyObject), rt.newNone()) }, params: ['sig'] },
]);
