// Interpreter tests for BUILD_* (incl. unpack forms), BUILD_CONST_KEY_MAP, FORMAT_VALUE and BUILD_STRING; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("BUILD_* (incl. unpack forms), BUILD_CONST_KEY_MAP, FORMAT_VALUE and BUILD_STRING", () => {
  it("containers", () => {
    const source = `x = 1
print((x, 2), [x, 2], {x, 2}, {x: 2, 'b': 3}, {'a': 1, 'b': 2})
print([*'ab', *[1]], (*'ab', x), {*'aba'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2], *(3,), sep='-')
print(dict(**{'a': 1}, b=2), [1, 2][0:1], 'abc'[::-1], (1, 2, 3)[x:])
print(slice(1, 2, 3), [][:], 'hello'[1:-1:2])
for s in ('[*5]', '{**[]}', 'print(**{"a": 1}, **{"a": 2})', '{[]: 1}', '{[1]}'):
    try:
        eval(s)
    except TypeError as e:
        print(e)
`;
    const expected = `(1, 2) [1, 2] {1, 2} {1: 2, 'b': 3} {'a': 1, 'b': 2}
['a', 'b', 1] ('a', 'b', 1) {'a', 'b'} {'a': 3, 'b': 2}
1-2-3
{'a': 1, 'b': 2} [1] cba (2, 3)
slice(1, 2, 3) [] el
'int' object is not iterable
'list' object is not a mapping
print() got multiple values for keyword argument 'a'
unhashable type: 'list'
unhashable type: 'list'
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("format", () => {
    const source = `x = 3.14159; n = 42; s = 'hi'
print(f'{x:.2f} {n:>5} {n!r} {s!r} {s!s:^6}|{n:#x} {n:{"0"}5}')
print(f'{s}{n}', f'', f'{{}}', f'{x!a}', f'{"é"!a}')
class F:
    def __format__(self, spec): return 'F(' + spec + ')'
    def __repr__(self): return 'R'
    def __str__(self): return 'S'
print(f'{F()} {F():abc} {F()!r} {F()!s:>3}')
for t in ("f'{n:q}'", "f'{s:d}'", "f'{x:,d}'"):
    try:
        eval(t)
    except ValueError as e:
        print(e)
class Bad:
    def __format__(self, spec): return 5
try:
    f'{Bad()}'
except TypeError as e:
    print(e)
`;
    const expected = `3.14    42 42 'hi'   hi  |0x2a 00042
hi42  {} 3.14159 '\\xe9'
F() F(abc) R   S
Unknown format code 'q' for object of type 'int'
Unknown format code 'd' for object of type 'str'
Unknown format code 'd' for object of type 'float'
__format__ must return a str, not int
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("const key map and slices", () => {
    const source = `a, b = 1, 2
print({'x': a, 'y': b, 'z': 3}, {1: a, 2: b}, {'x': 1, 'x': 2})
print({(1, 2): a, None: b})
l = list(range(10))
print(l[1:8:3], l[::-2], l[-3:], l[a:b], l[:a])
l[1:3] = 'ab'; print(l)
del l[::3]; print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
try:
    [][1.5:2]
except TypeError as e:
    print(e)
print('abc'[None:None:None], tuple(range(5))[slice(1, None)])
print(f'{a}{b!r:>3}{"s"}', f'{a:{b}}', f'{a + b=}')
`;
    const expected = `{'x': 1, 'y': 2, 'z': 3} {1: 1, 2: 2} {'x': 2}
{(1, 2): 1, None: 2}
[1, 4, 7] [9, 7, 5, 3, 1] [7, 8, 9] [1] [0]
[0, 'a', 'b', 3, 4, 5, 6, 7, 8, 9]
['a', 'b', 4, 5, 7, 8]
attempt to assign sequence of size 1 to extended slice of size 3
slice indices must be integers or None or have an __index__ method
abc (1, 2, 3, 4)
1  2s  1 a + b=3
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
