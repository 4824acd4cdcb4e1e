/**
 * `weakproxy` and `weakcallableproxy`: objects that forward attribute access, calls and `str` to
 * the referent, raising ReferenceError once it is gone. Mirrors CPython 3.8
 * Objects/weakrefobject.c `proxy_getattr`, `proxy_setattr`, `proxy_repr`, `proxy_str`, `proxy_call` and the
 * protocol slots, the number protocol included.
 * @module
 */
import { None } from './singletons.ts';
import { isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem, length, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext, markMappingOnly } from '../runtime/abstract-iter.ts';
import { str } from '../runtime/abstract-object.ts';
import { absolute, binaryOp, index, inplaceOp, inplacePower, power3, toFloat, toInt, unaryOp } from '../runtime/abstract-number.ts';
import { getAttr, getAttrString, setAttr } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { BINARY_OP_NAMES, decref, type PyObject, type PyStrLike } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import * as E from './exceptions.ts';
import { newStr, type PyStr } from './str.ts';
import { PyWeakref, callableProxyType, proxyType } from './weakref.ts';
import { tpName } from '../runtime/type-name.ts';

function referent(self: PyObject): PyObject {
  const o = (self as PyWeakref).referent;
  if (o === null || o.refcnt <= 0) throw raiseMessage(E.ReferenceError, 'weakly-referenced object no longer exists');
  return o;
}

/** The referent of a proxy, or the object itself (`UNWRAP`). */
function unwrap(o: PyObject): PyObject {
  return o.type === proxyType || o.type === callableProxyType ? referent(o) : o;
}

for (const t of [proxyType, callableProxyType]) {
  t.getattro = (self, name: PyStrLike) => getAttr(referent(self), name as PyStr);
  t.setattro = (self, name: PyStrLike, value) => { setAttr(referent(self), name as PyStr, value); };
  t.str = (self) => str(referent(self));
  t.repr = (self) => {
    const o = (self as PyWeakref).referent;
    const at = `0x${self.address.toString(16)}`;
    if (o === null) return newStr(`<weakproxy at ${at} to NoneType at 0x0>`);
    return newStr(`<weakproxy at ${at} to ${o.type.name} at 0x${o.address.toString(16)}>`);
  };
  t.nbBool = (self) => isTrue(referent(self));
  // The sequence, mapping and iterator protocols and comparisons go to the referent
  // (`proxy_length`, `proxy_contains`, `proxy_getitem`, `proxy_setitem`, `proxy_iter`,
  // `proxy_iternext`, `proxy_richcompare`, which unwraps a proxy on either side).
  t.length = (self) => length(referent(self));
  t.contains = (self, item) => contains(referent(self), item);
  t.getitem = (self, key) => getItem(referent(self), key);
  t.setitem = (self, key, value) => {
    if (value === null) deleteItem(referent(self), key);
    else setItem(referent(self), key, value);
  };
  t.iter = (self) => getIter(referent(self));
  t.iternext = (self) => {
    const o = referent(self);
    // `PyIter_Next` on what has no `tp_iternext` meets `_PyObject_NextNotImplemented`.
    if (o.type.iternext === undefined) throw typeError(`'${tpName(o.type)}' object is not iterable`);
    return iterNext(o);
  };
  // No `tp_hash`: comparing without hashing, a proxy is unhashable and its `__hash__` is None.
  t.richcompare = (a, b, op) => richCompare(unwrap(a), unwrap(b), op);
  // The number protocol (`proxy_add` ... `proxy_imatmul`, `proxy_pow`, `proxy_index`): every
  // operand that is a proxy is replaced by its referent, so `1.0 + p` reaches the referent too.
  for (const op of BINARY_OP_NAMES) {
    if (op === 'power') continue;
    t.nb[op] = (a, b) => binaryOp(unwrap(a), unwrap(b), op);
    if (op !== 'divmod') t.nbInplace[op] = (a, b) => inplaceOp(unwrap(a), unwrap(b), op);
  }
  // `proxy_pow` is `nb_power`: the binary form (which gives the type `__pow__` and `__rpow__`)
  // is the ternary one without a modulus.
  t.nb.power = (a, b) => power3(unwrap(a), unwrap(b), None);
  t.nbPower = (a, b, m) => power3(unwrap(a), unwrap(b), unwrap(m));
  t.nbInplace.power = (a, b) => inplacePower(unwrap(a), unwrap(b));
  t.nbNegative = (self) => unaryOp(referent(self), '-');
  t.nbPositive = (self) => unaryOp(referent(self), '+');
  t.nbInvert = (self) => unaryOp(referent(self), '~');
  t.nbAbsolute = (self) => absolute(referent(self));
  t.nbInt = (self) => toInt(referent(self));
  t.nbFloat = (self) => toFloat(referent(self));
  t.nbIndex = (self) => index(referent(self));
  // `proxy_as_mapping` and `proxy_as_sequence` (which has `sq_contains` only): no sequence.
  markMappingOnly(t);
}
// `proxy_methods`: `__bytes__` calls the referent's (3.8 has no `__reversed__` here); the
// callable proxy type has no methods at all, so `bytes(p)` goes by `__index__` there.
addMethods(proxyType, [{ name: '__bytes__', kind: 'noargs', impl: (self) => callMethodNoArgs(referent(self), '__bytes__') }]);

/** `o.name()`: a new reference. */
function callMethodNoArgs(o: PyObject, name: string): PyObject {
  const method = getAttrString(o, name);
  try {
    return callObject(method, []);
  } finally {
    decref(method);
  }
}

callableProxyType.call = (self, args, kwnames) => callObject(referent(self), args, kwnames);
