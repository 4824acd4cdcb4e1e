// Interpreter tests for binary and in-place opcodes and their errors; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("binary and in-place opcodes and their errors", () => {
  it("arithmetic", () => {
    const source = `print(7 + 2, 7 - 2, 7 * 2, 7 / 2, 7 // 2, 7 % 2, 7 ** 2, -7 // 2, -7 % 2)
print(7 << 2, 7 >> 1, 7 & 3, 7 | 8, 7 ^ 5, 2 ** -1, 7.5 // 2, 7.5 % 2)
print('ab' * 3, [1] * 2, 'x%sy' % 5, 'a' + 'b', (1,) + (2,))
x = 10
x += 1; x -= 2; x *= 3; x //= 4; x %= 5; x **= 3; x <<= 2; x >>= 1; x &= 14; x |= 1; x ^= 3
print(x)
y = 5; y /= 2; print(y)
l = [1]; m = l; l += [2]; print(m, l is m)
t = (1,); u = t; t += (2,); print(u, t)
`;
    const expected = `9 5 14 3.5 3 1 49 -4 1
28 3 3 15 2 0.5 3.0 1.5
ababab [1, 1] x5y ab (1, 2)
0
2.5
[1, 2] True
(1,) (1, 2)
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("errors", () => {
    const source = `tests = [lambda: 1 + 'a', lambda: 'a' - 'b', lambda: [] * 1.5, lambda: 1 / 0,
         lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 0 ** -1,
         lambda: None @ None, lambda: {} | {}, lambda: 1 << -1, lambda: 'a' ** 2,
         lambda: [] + (), lambda: 2 ** 'x', lambda: 'x' % (1, 2), lambda: 'x%d' % 'a']
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
x = 'a'
try:
    x += 1
except TypeError as e:
    print(e)
x = 1
try:
    x -= 'b'
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)
`;
    const expected = `TypeError unsupported operand type(s) for +: 'int' and 'str'
TypeError unsupported operand type(s) for -: 'str' and 'str'
TypeError can't multiply sequence by non-int of type 'float'
ZeroDivisionError division by zero
ZeroDivisionError integer division or modulo by zero
ZeroDivisionError integer division or modulo by zero
ZeroDivisionError float division by zero
ZeroDivisionError 0.0 cannot be raised to a negative power
TypeError unsupported operand type(s) for @: 'NoneType' and 'NoneType'
TypeError unsupported operand type(s) for |: 'dict' and 'dict'
ValueError negative shift count
TypeError unsupported operand type(s) for ** or pow(): 'str' and 'int'
TypeError can only concatenate list (not "tuple") to list
TypeError unsupported operand type(s) for ** or pow(): 'int' and 'str'
TypeError not all arguments converted during string formatting
TypeError %d format: a number is required, not str
can only concatenate str (not "int") to str
unsupported operand type(s) for -=: 'int' and 'str'
unsupported operand type(s) for @=: 'int' and 'int'
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("dunder dispatch", () => {
    const source = `class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return 'add' if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return 'radd %r' % (o,)
    def __iadd__(self, o): return 'iadd'
    def __matmul__(self, o): return 'matmul'
    def __rpow__(self, o): return 'rpow'
print(V(1) + V(2), 3 + V(1), 2 ** V(1), V(1) @ 0)
a = V(1); a += 5; print(a)
class W(V):
    def __radd__(self, o): return 'W radd'
print(V(1) + W(2))
class N:
    def __add__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(e)
`;
    const expected = `add radd 3 rpow matmul
iadd
W radd
unsupported operand type(s) for +: 'N' and 'N'
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
