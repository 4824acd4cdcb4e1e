// Interpreter tests for comparison, containment, identity and exception-match opcodes; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("comparison, containment, identity and exception-match opcodes", () => {
  it("compare ops", () => {
    const source = `x = 1
print(1 < 2, 1 <= 1, 1 == 1.0, 1 != 2, 2 > 1, 2 >= 3)
print('a' < 'b', [1, 2] < [1, 3], (1,) == (1,), None is None, x is not None)
print(2 in [1, 2], 3 not in (1, 2), 'b' in 'abc', 'k' in {'k': 1}, 1 in {1})
for f in (lambda: 1 < 'a', lambda: [] > {}, lambda: None <= 1, lambda: 1 in 5, lambda: [] in 'a'):
    try:
        f()
    except TypeError as e:
        print(e)
class C:
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return NotImplemented
    def __contains__(self, x): return x == 3
print(C() == 1, 1 == C(), C() != 1, 3 in C(), 4 in C())
try:
    C() < C()
except TypeError as e:
    print(e)
class It:
    def __iter__(self): return iter([5, 6])
print(5 in It(), 7 in It())
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(20 in G(), 30 in G())
`;
    const expected = `True True True True True False
True True True True True
True True True True True
'<' not supported between instances of 'int' and 'str'
'>' not supported between instances of 'list' and 'dict'
'<=' not supported between instances of 'NoneType' and 'int'
argument of type 'int' is not iterable
'in <string>' requires string as left operand, not list
eq eq False True False
'<' not supported between instances of 'C' and 'C'
True False
True False
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("exception match", () => {
    const source = `for exc in (ValueError, KeyError, ZeroDivisionError, OSError):
    try:
        raise exc('m')
    except (TypeError, LookupError) as e:
        print('lookup', repr(e))
    except ArithmeticError:
        print('arith')
    except Exception as e:
        print('other', type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print('caught first')
except TypeError as e:
    print(e)
e = 1
try:
    raise KeyError(1)
except KeyError as e:
    pass
try:
    print(e)
except NameError as n:
    print(n)
`;
    const expected = `other ValueError
lookup KeyError('m')
arith
other OSError
catching classes that do not inherit from BaseException is not allowed
catching classes that do not inherit from BaseException is not allowed
name 'e' is not defined
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
