// bytearray's ob_alloc as PyByteArray_Resize grows and shrinks it, and type.__sizeof__ of built-in types and classes. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.getsizeof of bytearrays counts ob_alloc as PyByteArray_Resize grows it; types count their struct",
    file: "sizeof_bytearray_type.py",
    source: "# sys.getsizeof of bytearrays counts ob_alloc as PyByteArray_Resize grows it; types count their struct\nimport sys, types\nx = bytearray()\nsizes = [sys.getsizeof(x)]\nfor i in range(20):\n    x.append(1)\n    sizes.append(sys.getsizeof(x))\nprint(sizes)\ny = bytearray(b'abc'); y += b'defgh'; print(sys.getsizeof(y))\ndel y[:6]; print(sys.getsizeof(y))\ny.extend(b'x' * 100); print(sys.getsizeof(y))\ny.clear(); print(sys.getsizeof(y), y.__alloc__())\nz = bytearray(b'hello world'); z[2:9] = b''; print(sys.getsizeof(z), z)\nz *= 5; print(sys.getsizeof(z), len(z))\nprint(sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(b'')), bytearray(5).__sizeof__(), bytearray(5).__alloc__())\nclass A: pass\nclass S: __slots__ = ()\nclass M(type): pass\nclass Mod(types.ModuleType): pass\nclass E(Exception): pass\nprint(sys.getsizeof(int), sys.getsizeof(A), sys.getsizeof(S), sys.getsizeof(M), sys.getsizeof(Mod), sys.getsizeof(E))\nprint(type.__sizeof__(int), type.__sizeof__(A), type.__sizeof__(S))\n",
    stdout: "[56, 58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83]\n65\n59\n159\n57 1\n61 bytearray(b'held')\n77 20\n67 56 62 6\n416 1064 896 1064 1064 1064\n416 1048 880\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sys.getsizeof of bytearrays and types", CASES);
