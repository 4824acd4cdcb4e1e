// Interpreter tests for UNPACK_SEQUENCE and UNPACK_EX, including error messages; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("UNPACK_SEQUENCE and UNPACK_EX, including error messages", () => {
  it("unpack", () => {
    const source = `a, b = 1, 2; print(a, b)
a, b = [3, 4]; print(a, b)
a, b = 'xy'; print(a, b)
(a, b), c = (1, 2), 3; print(a, b, c)
a, *b = range(4); print(a, b)
*a, b = 'abc'; print(a, b)
a, *b, c = 1, 2; print(a, b, c)
[a, *b] = {1: 2}; print(a, b)
for x, *y in [(1, 2, 3)]: print(x, y)
tests = ['a, b = 1, 2, 3', 'a, b = [1]', 'a, b = 1', 'a, *b, c = [1]', 'a, b = iter([1])',
         'a, b = "abc"', '*a, b, c = ()', 'a, = ()', 'a, b = None']
for t in tests:
    try:
        exec(t)
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __iter__(self): return self
    def __next__(self): raise KeyError('n')
try:
    a, b = I()
except KeyError as e:
    print('KeyError', e)
`;
    const expected = `1 2
3 4
x y
1 2 3
0 [1, 2, 3]
['a', 'b'] c
1 [] 2
1 []
1 [2, 3]
ValueError too many values to unpack (expected 2)
ValueError not enough values to unpack (expected 2, got 1)
TypeError cannot unpack non-iterable int object
ValueError not enough values to unpack (expected at least 2, got 1)
ValueError not enough values to unpack (expected 2, got 1)
ValueError too many values to unpack (expected 2)
ValueError not enough values to unpack (expected at least 2, got 0)
ValueError not enough values to unpack (expected 1, got 0)
TypeError cannot unpack non-iterable NoneType object
KeyError 'n'
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("unpack targets", () => {
    const source = `d = {}
d['a'], d['b'] = 1, 2
print(d)
class O: pass
o = O()
o.x, [o.y, *o.z] = 'p', 'qrs'
print(o.x, o.y, o.z)
l = [0, 0, 0]
i, l[i] = 1, 9
print(i, l)
a = b = c = 7
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
*a, = 'xyz'; print(a)
def f(): return 1, 2, 3
p, *q = f(); print(p, q)
try:
    a, *b, c, d = range(2)
except ValueError as e:
    print(e)
try:
    ((a, b), c) = (1, 2)
except TypeError as e:
    print(e)
`;
    const expected = `{'a': 1, 'b': 2}
p q ['r', 's']
1 [0, 9, 0]
7 7 7
2 1
['x', 'y', 'z']
1 [2, 3]
not enough values to unpack (expected at least 3, got 2)
cannot unpack non-iterable int object
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
