"""Encodes Python constants as corosim's `Constant` (packages/vm/src/bytecode/constant.ts)."""
import types


def float_text(x):
    # repr() round-trips; JSON has no inf or nan.
    return repr(x)


def encode_constant(value, encode_code):
    if value is None:
        return {"kind": "None"}
    if value is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    if isinstance(value, int):
        return {"kind": "int", "value": str(value)}
    if isinstance(value, float):
        return {"kind": "float", "value": float_text(value)}
    if isinstance(value, complex):
        return {"kind": "complex", "real": float_text(value.real), "imag": float_text(value.imag)}
    if isinstance(value, str):
        return {"kind": "str", "value": value}
    if isinstance(value, bytes):
        return {"kind": "bytes", "hex": value.hex()}
    if isinstance(value, tuple):
        return {"kind": "tuple", "items": [encode_constant(v, encode_code) for v in value]}
    if isinstance(value, frozenset):
        # iteration order: CPython's set table order under PYTHONHASHSEED=0
        return {"kind": "frozenset", "items": [encode_constant(v, encode_code) for v in value]}
    if isinstance(value, types.CodeType):
        return {"kind": "code", "code": encode_code(value)}
    raise TypeError("not a constant: %r" % (value,))
