// Interpreter tests for comprehension opcodes LIST_APPEND, SET_ADD and MAP_ADD; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("comprehension opcodes LIST_APPEND, SET_ADD and MAP_ADD", () => {
  it("comprehensions", () => {
    const source = `print([x * 2 for x in range(4) if x % 2])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip('abc', range(3))})
print([(x, y) for x in range(2) for y in 'ab'])
print(list(x for x in 'hi'), sum(x for x in range(5)))
print([[y for y in range(x)] for x in range(3)])
print({x: [y for y in range(x)] for x in range(3)})
c = {}
print({(print('k', k) or k): (print('v', k) or k) for k in range(2)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(e)
try:
    {[] for _ in range(1)}
except TypeError as e:
    print(e)
try:
    [1 for x in 5]
except TypeError as e:
    print(e)
x = 'outer'
print([x for x in 'in'], x)
`;
    const expected = `[2, 6]
{0, 1, 2}
{'a': 0, 'b': 1, 'c': 2}
[(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
['h', 'i'] 10
[[], [0], [0, 1]]
{0: [], 1: [0], 2: [0, 1]}
k 0
v 0
k 1
v 1
{0: 0, 1: 1}
unhashable type: 'list'
unhashable type: 'list'
'int' object is not iterable
['i', 'n'] outer
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
