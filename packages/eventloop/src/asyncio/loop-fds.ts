/**
 * The file-descriptor methods of the selector loop: with no files or sockets in corosim no reader
 * or writer is ever registered, but the file object is checked as CPython checks it first (an int,
 * or an object whose `fileno()` gives one, not negative), adding on a closed loop fails as there,
 * and removing finds nothing registered. Mirrors CPython 3.8 Lib/asyncio/selector_events.py
 * (`add_reader`, `remove_reader`, `add_writer`, `remove_writer`, `_ensure_fd_no_transport`) and
 * Lib/selectors.py (`_fileobj_to_fd`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyLoop, baseSelectorLoopType, callMethod, checkClosed } from './loop-object.ts';
import { unsupported } from './loop-unsupported.ts';
import { addPythonMethods, type PythonMethodDef } from './python-method.ts';

function invalid(message: string): rt.PyRaise {
  return rt.raiseValue(rt.newExceptionStealing(rt.Exceptions.ValueError, [rt.newStr(message)]));
}

/** `int(fileobj.fileno())`, or the object itself when it is an int; ValueError for anything else. */
function fileobjToFd(fileobj: rt.PyObject): bigint {
  if (fileobj instanceof rt.PyInt) return fileobj.big;
  let fd: rt.PyObject;
  try {
    const fileno = callMethod(fileobj, 'fileno', []);
    try {
      fd = rt.callObject(rt.intType, [fileno]);
    } finally {
      rt.decref(fileno);
    }
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    if (!(rt.exceptionMatches(e, rt.Exceptions.AttributeError) || rt.exceptionMatches(e, rt.Exceptions.TypeError) || rt.exceptionMatches(e, rt.Exceptions.ValueError))) throw e;
    rt.clearRaise(e);
    // `raise ValueError(...) from None`.
    throw invalid(`Invalid file object: ${rt.reprText(fileobj)}`);
  }
  try {
    return (fd as rt.PyInt).big;
  } finally {
    rt.decref(fd);
  }
}

/** `self._selector.get_key(fd)` of a selector holding nothing: a negative descriptor is invalid, any other is not registered. */
function checkDescriptor(fd: bigint): void {
  if (fd < 0n) throw invalid(`Invalid file descriptor: ${fd.toString()}`);
}

/** `add_reader(fd, callback, *args)` / `add_writer`: the checks, then what corosim lacks. */
function addFd(name: string, loop: PyLoop, args: readonly rt.PyObject[]): never {
  const [fileobj, callback] = args;
  if (fileobj === undefined || callback === undefined) {
    throw rt.typeError(`${name}() missing ${fileobj === undefined ? "2 required positional arguments: 'fd' and 'callback'" : "1 required positional argument: 'callback'"}`);
  }
  const fd = fileobjToFd(fileobj);
  checkClosed(loop);
  checkDescriptor(fd);
  throw unsupported(name, 'io');
}

/** `remove_reader(fd)` / `remove_writer`: nothing was registered, so False (a closed loop answers before the selector). */
function removeFd(loop: PyLoop, fileobj: rt.PyObject): rt.PyObject {
  const fd = fileobjToFd(fileobj);
  if (!loop.closed) checkDescriptor(fd);
  return rt.newBool(false);
}

const addDef = (name: string): PythonMethodDef => ({ def: { name, kind: 'fast', impl: (self, args) => addFd(name, self as PyLoop, args) } });
const removeDef = (name: string): PythonMethodDef => ({ def: { name, kind: 'o', impl: (self, args) => removeFd(self as PyLoop, args[0] as rt.PyObject) }, params: ['fd'] });
addPythonMethods(baseSelectorLoopType, 'asyncio.selector_events', baseSelectorLoopType, [addDef('add_reader'), addDef('add_writer'), removeDef('remove_reader'), removeDef('remove_writer')]);
