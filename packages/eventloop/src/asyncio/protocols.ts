/**
 * The protocol classes of asyncio (`BaseProtocol`, `Protocol`, `BufferedProtocol`,
 * `DatagramProtocol`, `SubprocessProtocol`): interfaces whose methods do nothing, which programs
 * and CPython's tests subclass. Mirrors CPython 3.8 Lib/asyncio/protocols.py (each class has
 * `__slots__ = ()`, so only subclasses get a `__dict__`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { addPythonMethods, type PythonMethodDef } from './python-method.ts';

/** A class of protocols.py: a heap type in CPython whose instances are the bare object head. */
function protocolClass(name: string, base?: rt.PyType): rt.PyType {
  const t = rt.staticType({ name, module: 'asyncio.protocols', basicsize: 16, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, ...(base === undefined ? {} : { base }) });
  t.new = rt.objectType.new;
  t.isPythonClass = true;
  // The class statement's namespace: `__module__` and `__doc__` (as for every Python class), then `__slots__`.
  rt.addValue(t, '__slots__', () => rt.newTupleStealing([]));
  return t;
}

/** Methods that return None, each with its parameters after `self`. */
function noOps(methods: readonly (readonly [string, readonly string[]])[]): PythonMethodDef[] {
  return methods.map(([name, params]) => ({ def: { name, kind: 'fast', impl: () => rt.newNone() }, params }));
}

/** `asyncio.BaseProtocol`. */
export const baseProtocolType: rt.PyType = protocolClass('BaseProtocol');
/** `asyncio.Protocol`. */
export const protocolType: rt.PyType = protocolClass('Protocol', baseProtocolType);
/** `asyncio.BufferedProtocol`. */
export const bufferedProtocolType: rt.PyType = protocolClass('BufferedProtocol', baseProtocolType);
/** `asyncio.DatagramProtocol`. */
export const datagramProtocolType: rt.PyType = protocolClass('DatagramProtocol', baseProtocolType);
/** `asyncio.SubprocessProtocol`. */
export const subprocessProtocolType: rt.PyType = protocolClass('SubprocessProtocol', baseProtocolType);

const PROTOCOL_METHODS: readonly (readonly [rt.PyType, readonly (readonly [string, readonly string[]])[]])[] = [
  [baseProtocolType, [['connection_made', ['transport']], ['connection_lost', ['exc']], ['pause_writing', []], ['resume_writing', []]]],
  [protocolType, [['data_received', ['data']], ['eof_received', []]]],
  [bufferedProtocolType, [['get_buffer', ['sizehint']], ['buffer_updated', ['nbytes']], ['eof_received', []]]],
  [datagramProtocolType, [['datagram_received', ['data', 'addr']], ['error_received', ['exc']]]],
  [subprocessProtocolType, [['pipe_data_received', ['fd', 'data']], ['pipe_connection_lost', ['fd', 'exc']], ['process_exited', []]]],
];
for (const [type, methods] of PROTOCOL_METHODS) addPythonMethods(type, 'asyncio.protocols', type, noOps(methods));
