// Interpreter tests for stack and unary opcodes (ROT_*, DUP_TOP*, UNARY_*); expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("stack and unary opcodes (ROT_*, DUP_TOP*, UNARY_*)", () => {
  it("rotations and dups", () => {
    const source = `a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [0, 1, 2]
x[0] += 5
print(x)
class O: pass
o = O(); o.v = 3
o.v *= 4
print(o.v)
d = {'k': [1]}
d['k'][0] -= 7
print(d)
s = [1, 2, 3, 4]
s[1:3] += [9]
print(s)
print(1 < 2 < 3, 3 > 2 > 2)
`;
    const expected = `2 1
3 1 2
[5, 1, 2]
12
{'k': [-6]}
[1, 2, 3, 9, 4]
True False
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("unary ops", () => {
    const source = `print(-5, +5, ~5, not 5, not 0, -True, ~False, +2.5, -0.0)
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __bool__(self): return False
u = U()
print(-u, +u, ~u, not u)
for f in (lambda: -'a', lambda: +[], lambda: ~1.5, lambda: ~None):
    try:
        f()
    except TypeError as e:
        print(e)
class B:
    def __bool__(self): return 2
try:
    not B()
except TypeError as e:
    print(e)
class L:
    def __len__(self): return 0
print(not L())
`;
    const expected = `-5 5 -6 False True -1 -1 2.5 -0.0
neg pos inv True
bad operand type for unary -: 'str'
bad operand type for unary +: 'list'
bad operand type for unary ~: 'float'
bad operand type for unary ~: 'NoneType'
__bool__ should return bool, returned int
True
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
