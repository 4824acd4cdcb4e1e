// Interpreter tests for YIELD_VALUE, YIELD_FROM, GET_YIELD_FROM_ITER and f_lasti at each yield; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("YIELD_VALUE, YIELD_FROM, GET_YIELD_FROM_ITER and f_lasti at each yield", () => {
  it("yield", () => {
    const source = `def g():
    x = yield 1
    print('got', x)
    y = yield x * 2
    return y
it = g()
print(next(it), it.send(5))
try:
    it.send('r')
except StopIteration as e:
    print('stop', e.value)
def sub():
    yield 'a'
    r = yield 'b'
    return 'sub' + str(r)
def dele():
    v = yield from sub()
    print('v', v)
    yield from [1, 2]
    yield from 'xy'
print(list(dele()))
d = dele(); next(d); next(d); print(d.send(9))
def lasti():
    yield 1
    yield 2
    x = yield 3
gen = lasti()
print(gen.gi_frame.f_lasti)
for _ in gen:
    print(gen.gi_frame.f_lasti)
print(gen.gi_frame)
def yf():
    yield from sub()
y = yf()
next(y); print(y.gi_frame.f_lasti); next(y); print(y.gi_frame.f_lasti)
`;
    const expected = `got 5
1 10
stop r
v subNone
['a', 'b', 1, 2, 'x', 'y']
v sub9
1
-1
2
8
14
None
6
6
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("throw and close", () => {
    const source = `def g():
    try:
        yield 1
    except ValueError as e:
        print('caught', e)
        yield 2
    finally:
        print('fin')
it = g(); next(it)
print(it.throw(ValueError('x')))
it.close()
def inner():
    try:
        yield 1
    except KeyError:
        yield 'inner caught'
def outer():
    yield from inner()
o = outer(); next(o)
print(o.throw(KeyError))
try:
    next(o)
except StopIteration:
    print('stopped')
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(e)
def rs():
    yield 1
    raise StopIteration
try:
    list(rs())
except RuntimeError as e:
    print(e)
def running():
    yield gr.send(None)
gr = running()
try:
    next(gr)
except ValueError as e:
    print(e)
n = g(); next(n)
try:
    n.send(1); n.send(2)
except StopIteration:
    print('exhausted')
`;
    const expected = `caught x
2
fin
inner caught
stopped
'int' object is not iterable
generator raised StopIteration
generator already executing
fin
exhausted
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("generator state", () => {
    const source = `import inspect
def g():
    yield 1
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
list(it)
print(inspect.getgeneratorstate(it))
def h():
    x = yield
    while True:
        x = yield x + 1
s = h()
print(s.send(None))
try:
    h().send(1)
except TypeError as e:
    print(e)
print(s.send(1), s.send(10))
def r():
    return 5
    yield
try:
    next(r())
except StopIteration as e:
    print(e.value, e.args)
def cl():
    try:
        yield 1
    finally:
        yield 2
c = cl(); next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
gen = (i for i in range(3))
print(gen.gi_frame.f_lasti, next(gen), gen.gi_frame.f_lasti)
`;
    const expected = `GEN_CREATED
GEN_SUSPENDED
GEN_CLOSED
None
can't send non-None value to a just-started generator
2 11
5 (5,)
generator ignored GeneratorExit
-1 0 8
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
