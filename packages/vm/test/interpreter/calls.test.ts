// Interpreter tests for CALL_FUNCTION/_KW/_EX, CALL_METHOD, and argument-binding errors; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("CALL_FUNCTION/_KW/_EX, CALL_METHOD, and argument-binding errors", () => {
  it("binding", () => {
    const source = `def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 3}))
def p(a, b, /, c): return a, b, c
print(p(1, 2, c=3), p(1, 2, 3))
tests = ['f()', 'f(1)', 'f(1, c=1, a=2)', 'p(a=1, b=2, c=3)', 'p(1)', 'p(1, 2, 3, 4)',
         'g()', 'g(1, 2)', 'g(x=1)', 'h(1, 2, 3)', 'h(1)', 'k(1, 2, 3)', 'f(1, c=2, **{"c": 3})',
         'f(*1)', 'f(**1)', 'f(1, **{1: 2}, c=2)', 'len()', 'len(1, 2)', 'one()']
one = 1
def g(): pass
def h(a, b=1, *, c): pass
def k(x, *, y=1): pass
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(e)
`;
    const expected = `(1, 2, (), 3, 4, {}) (1, 2, (3, 4), 5, 4, {'e': 6}) (1, 2, (), 3, 4, {})
(1, 2, 3) (1, 2, 3)
f() missing 1 required positional argument: 'a'
f() missing 1 required keyword-only argument: 'c'
f() got multiple values for argument 'a'
p() got some positional-only arguments passed as keyword arguments: 'a, b'
p() missing 2 required positional arguments: 'b' and 'c'
p() takes 3 positional arguments but 4 were given
g() takes 0 positional arguments but 2 were given
g() got an unexpected keyword argument 'x'
h() takes from 1 to 2 positional arguments but 3 were given
h() missing 1 required keyword-only argument: 'c'
k() takes 1 positional argument but 3 were given
f() got multiple values for keyword argument 'c'
f() argument after * must be an iterable, not int
f() argument after ** must be a mapping, not int
f() keywords must be strings
len() takes exactly one argument (0 given)
len() takes exactly one argument (2 given)
'int' object is not callable
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("methods", () => {
    const source = `class C:
    def m(self, x): return ('m', x)
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    @staticmethod
    def s(x): return ('s', x)
o = C()
print(o.m(1), C.m(o, 2), o.c(3), C.c(4), o.s(5), C.s(6))
o.m = lambda x: ('inst', x)
print(o.m(7))
print([].append.__name__, 'a,b'.split(','), (1).__add__(2))
try:
    C.m(1)
except TypeError as e:
    print(e)
try:
    o.nope()
except AttributeError as e:
    print(e)
try:
    C().m()
except TypeError as e:
    print(e)
def kw(**k): return sorted(k.items())
print(kw(a=1, **{'b': 2}), kw(**{'x': 1}, y=2))
`;
    const expected = `('m', 1) ('m', 2) ('C', 3) ('C', 4) ('s', 5) ('s', 6)
('inst', 7)
append ['a', 'b'] 3
m() missing 1 required positional argument: 'x'
'C' object has no attribute 'nope'
m() missing 1 required positional argument: 'x'
[('a', 1), ('b', 2)] [('x', 1), ('y', 2)]
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("call_function_ex errors", () => {
    const source = `def f(*a, **k): return a, k
print(f(*(1,), *[2], **{'a': 1}, **{'b': 2}), f(*'ab'), f(**dict(x=1)))
class M:
    def keys(self): return ['q']
    def __getitem__(self, k): return k * 2
print(f(**M()))
for t in ('f(*None)', 'f(**None)', 'f(**{"a": 1}, **{"a": 2})', 'f(a=1, **{"a": 2})', 'f(**{"a": 1}, a=2)'):
    try:
        eval(t)
    except TypeError as e:
        print(e)
def d(a, b=[]):
    b.append(a); return b
print(d(1), d(2), d.__defaults__)
def kd(*, a=1, b): return a, b
print(kd(b=2), kd.__kwdefaults__)
try:
    kd()
except TypeError as e:
    print(e)
`;
    const expected = `((1, 2), {'a': 1, 'b': 2}) (('a', 'b'), {}) ((), {'x': 1})
((), {'q': 'qq'})
f() argument after * must be an iterable, not NoneType
f() argument after ** must be a mapping, not NoneType
f() got multiple values for keyword argument 'a'
f() got multiple values for keyword argument 'a'
f() got multiple values for keyword argument 'a'
[1, 2] [1, 2] ([1, 2],)
(1, 2) {'a': 1}
kd() missing 1 required keyword-only argument: 'b'
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("shares the caller's builtins when the callee has the same globals (_PyFrame_New_NoTrack)", () => {
    // outer() replaces its globals' __builtins__; h(), called from it with the same globals, still
    // uses outer's builtins, and only a call from elsewhere looks them up again (CPython 3.8.18).
    const source = `g = {'__builtins__': {'len': lambda x: 'one'}}
exec("def h():\\n    return len([1])\\ndef outer():\\n    G['__builtins__'] = {'len': lambda x: 'two'}\\n    return h()\\n", g)
g['G'] = g
print(g['outer'](), g['h']())
`;
    expect(runPython(source)).toMatchObject({ output: 'one two\n', exitCode: 0 });
  });

  it("passes keywords through the __init__ and __call__ slot wrappers, and refuses them elsewhere (PyWrapperFlag_KEYWORDS)", () => {
    const source = `class D(dict): pass
d = D()
d.__init__(a=1)
dict.__init__(d, b=2)
print(d)
class C:
    def __call__(self, *a, **k): return (a, k)
print(type(C()).__call__(C(), 1, x=2), C().__call__(y=3))
f = lambda: 0
for t in [lambda: object.__init__(C(), a=1), lambda: C().__init__(1), lambda: f.__get__(1, type=int),
          lambda: f.__get__(obj=1), lambda: (1).__add__(other=2), lambda: int.__add__(1, other=2)]:
    try:
        t()
    except TypeError as e:
        print(e)
`;
    const expected = `{'a': 1, 'b': 2}
((1,), {'x': 2}) ((), {'y': 3})
C.__init__() takes exactly one argument (the instance to initialize)
C.__init__() takes exactly one argument (the instance to initialize)
wrapper __get__() takes no keyword arguments
wrapper __get__() takes no keyword arguments
wrapper __add__() takes no keyword arguments
wrapper __add__() takes no keyword arguments
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
