// The JIT (interpreter/jit-codegen.ts) must change nothing observable: the same program gives
// CPython 3.8's output (recorded from 3.8.18) whether every code object is compiled on first
// entry or none is, f_lasti, tracebacks, reference counts and the instruction budget included.
import { describe, expect, it } from 'vitest';
import { runMain, type RunOptions } from '../../src/api/run-main.ts';
import { compileCode, jitSource } from '../../src/interpreter/jit-codegen.ts';
import { compiledCodeObjects } from '../../src/interpreter/jit.ts';
import { PyCode } from '../../src/objects/code.ts';
import { compile } from '../../src/api/compile.ts';
import { InstructionBudgetExceeded } from '../../src/runtime/limits.ts';

function run(source: string, extra: Partial<RunOptions>): string {
  let output = '';
  try {
    const outcome = runMain(source, { filename: 'main.py', write: (_, text) => (output += text), ...extra });
    return `${output}[exit ${outcome.status === 'exited' ? outcome.exitCode : -1}]`;
  } catch (e) {
    if (!(e instanceof InstructionBudgetExceeded)) throw e;
    return `${output}[${e.message}]`;
  }
}

const PROGRAM = `import sys
class Probe:
    def __del__(self):
        f = sys._getframe(1)
        print('del at', f.f_code.co_name, f.f_lasti, f.f_lineno)
def body(n):
    total = 0
    for i in range(n):
        p = Probe()
        p = None
        try:
            if i % 3 == 0:
                raise ValueError(i)
            total += i * 2
        except ValueError as e:
            total -= e.args[0]
        finally:
            total += 1
        while total > 10:
            total //= 2
    a, b = divmod(total, 3)
    return [a, b, (a, b), -a, not b, a < b, a is b, a in [1, 2]]
print(body(5))
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('got', x, sys._getframe().f_lasti)
g = gen(4)
print(next(g), g.send('a'), g.send(None), g.gi_frame.f_lasti)
def unbound(c):
    if c:
        v = 1
    return v
try:
    unbound(0)
except UnboundLocalError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
class C:
    def __init__(self):
        self.x = 1
    def m(self, d):
        self.x += d
        return self.x
c = C()
print([c.m(i) for i in range(4)], c.x)
def closures():
    k = 10
    def inner(j):
        return k + j
    k += 1
    return inner(1)
print(closures())
d = {}
for w in 'abcab':
    d[w] = d.get(w, 0) + 1
print(d, [1, 2, 3][1], (1, 2) + (3,), 'a' 'b' * 2)
x = 0
while x < 100000:
    x += 1
print(x, 1 if x else 2, x and 0 or 5)
class A:
    def __init__(self):
        self.x = 1
a = A()
def read(o):
    return o.x
def write(o, v):
    o.x = v
print([read(a) for i in range(3)])
A.x = property(lambda self: 'prop')
print(read(a))
del A.x
print(read(a))
class B(A):
    pass
b = B()
print(read(b))
A.x = property(lambda self: 'prop2')
print(read(b), read(a))
del A.x
for i in range(3):
    write(a, i)
print(a.x, [k for k in a.__dict__])
A.x = property(lambda s: 'p', lambda s, v: print('setter', v))
write(a, 5)
print(a.__dict__)
a.__class__ = B
del A.x
print(read(a))
a.__dict__ = {'y': 1, 'x': 'new dict'}
print(read(a))
class S:
    __slots__ = ('x',)
s = S()
write(s, 'slot')
print(read(s))
def mixed(n):
    out = []
    for i in range(n):
        out.append((i * 0.5, 0.5 * i, i < 1.5, 2.0 == i, 10**20 > i * 1.0, 7 // (i + 2.0), 7 % -2.5, i - True, i ^ 3, float('nan') < i))
    try:
        i / 0.0
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        1.5 & i
    except TypeError as e:
        out.append(str(e))
    return out
print(mixed(3))
class M:
    def f(self):
        return 'f'
def callf(o):
    return o.f()
m = M()
print([callf(m) for _ in range(3)])
M.f = lambda self: 'g'
print(callf(m))
m.f = lambda: 'inst'
print(callf(m))
del m.f
print(callf(m), callf(M()))
lst = []
def app(l, v):
    l.append(v)
for i in range(3):
    app(lst, i)
print(lst)
def fin(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    try:
        return out
    finally:
        out.append('ret')
def withs():
    class CM:
        def __enter__(self):
            print('enter')
            return self
        def __exit__(self, *a):
            print('exit', a[0])
            return True
    with CM() as c:
        raise KeyError('x')
    with CM():
        pass
    try:
        raise ValueError('v') from KeyError('k')
    except ValueError as e:
        print(repr(e.__cause__), {1, 2, 3}, [*range(2)], {**{'a': 1}})
print(fin(5))
withs()
counter = 0
def bump(n):
    global counter
    for i in range(n):
        counter += i
    return counter
print(bump(4), counter)
def rest(xs):
    out = []
    for row in xs:
        first, *middle, last = row
        d = {'k': 1, 'j': 2}
        del d['k']
        out.append((first, middle, last, d))
    return out
print(rest([(1, 2, 3, 4), 'ab']))
def makers(n):
    fs = []
    for i in range(n):
        def f(a: int = i, *, b=i * 2) -> int:
            return a + b + i
        fs.append(f)
    return [g() for g in fs], fs[0].__annotations__, fs[1].__kwdefaults__
print(makers(3))
def classy(v):
    class K:
        w = v
        def get(self):
            return v
    k = K()
    k.tmp = 1
    del k.tmp
    return K.w, k.get(), hasattr(k, 'tmp')
print(classy(9))
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def takes(*a, **k):
    print('in', len(a), sorted(k))
    return len(a)
def driver():
    for i in range(2):
        print('ret', takes(Noisy('a%d' % i), **{'k': Noisy('k%d' % i)}))
        print('ret', takes(*[Noisy('s%d' % i)], x=Noisy('x%d' % i)))
driver()
`;

const CPYTHON = `del at body 24 10
del at body 24 10
del at body 24 10
del at body 24 10
del at body 24 10
[2, 2, (2, 2), -2, False, False, True, True]
got a 34
0 1 2 14
local variable 'v' referenced before assignment 34
[1, 2, 4, 7] 7
12
{'a': 2, 'b': 2, 'c': 1} 2 (1, 2, 3) abab
100000 1 5
[1, 1, 1]
prop
1
1
prop2 prop2
2 ['x']
setter 5
{'x': 2}
2
new dict
slot
[(0.0, 0.0, True, False, True, 3.0, -0.5, -1, 3, False), (0.5, 0.5, True, False, True, 2.0, -0.5, 0, 2, False), (1.0, 1.0, False, True, True, 1.0, -0.5, 1, 1, False), 'float division by zero', "unsupported operand type(s) for &: 'float' and 'int'"]
['f', 'f', 'f']
g
inst
g g
[0, 1, 2]
[0, 'f0', 'f1', 2, 'f2', 'f3', 'ret']
enter
exit <class 'KeyError'>
enter
exit None
KeyError('k') {1, 2, 3} [0, 1] {'a': 1}
6 6
[(1, [2, 3], 4, {'j': 2}), ('a', [], 'b', {'j': 2})]
([2, 5, 8], {'a': <class 'int'>, 'return': <class 'int'>}, {'b': 2})
(9, 9, False)
in 1 ['k']
free a0
free k0
ret 1
in 1 ['x']
free s0
free x0
ret 1
in 1 ['k']
free a1
free k1
ret 1
in 1 ['x']
free s1
free x1
ret 1
`;

/**
 * Runs `source` with each budget below `limit`, interpreted and compiled at once: the budget must
 * stop both at the same instruction, which the program's output shows.
 */
function expectBudgetsAsInterpreted(source: string, limit: number): void {
  for (let budget = 1; budget < limit; budget++) {
    const interpreted = run(source, { jitThreshold: Number.POSITIVE_INFINITY, instructionBudget: budget });
    expect(interpreted).toContain(`ran more than ${budget} instructions`);
    expect(run(source, { jitThreshold: 0, instructionBudget: budget })).toBe(interpreted);
  }
}

describe('compiled code objects', () => {
  it('give CPython 3.8 output compiled at once, never, or once hot', () => {
    for (const jitThreshold of [0, 3, Number.POSITIVE_INFINITY]) {
      expect(run(PROGRAM, { jitThreshold, checkRefcounts: true })).toBe(`${CPYTHON}[exit 0]`);
    }
  }, 30_000); // three checked runs of a long program: past vitest's 5 s on a loaded machine

  it('count the instruction budget as the interpreter does', () => {
    // Each step of the loop prints, so the output shows the instruction the budget stopped at.
    const counting = 'def f(n):\n    i = 0\n    while True:\n        i += n\n        print(i, end=" ")\nf(1)\n';
    expectBudgetsAsInterpreted(counting, 60);
  });

  it('count the budget exactly when an instruction of a run counted at once calls out', () => {
    // `d = None` frees a D in the middle of a run of instructions counted on entering it; the
    // `__del__` then runs a loop of its own, printing, so a budget spent there shows where.
    const escaping = [
      'class D:',
      '    def __del__(self):',
      '        k = 0',
      '        while k < 2:',
      '            k += 1',
      '            print(k, end=" ")',
      'def f():',
      '    i = 0',
      '    while True:',
      '        d = D()',
      '        d = None; x = i; y = x',
      '        i += 1',
      '        print("i", y, end=" ")',
      'f()',
      '',
    ].join('\n');
    expectBudgetsAsInterpreted(escaping, 150);
  });

  it('hand over to the interpreter at the next instruction when a trace function is set inside a run', () => {
    // The trace function is set by a `__del__` in the middle of a run counted at once: the rest of
    // the run must be traced line by line.
    const tracing = [
      'import sys',
      'def tracer(frame, event, arg):',
      '    print(event, frame.f_code.co_name, frame.f_lineno, frame.f_lasti)',
      '    return tracer',
      'class D:',
      '    def __del__(self):',
      '        sys.settrace(tracer)',
      '        sys._getframe(1).f_trace = tracer',
      'def g(v):',
      '    return v',
      'def f():',
      '    d = D()',
      '    d = None; x = 1; y = x',
      '    z = g(y)',
      '    return z',
      'f()',
      'sys.settrace(None)',
      '',
    ].join('\n');
    const interpreted = run(tracing, { jitThreshold: Number.POSITIVE_INFINITY });
    // CPython 3.8 prints this.
    expect(interpreted).toBe('line f 14 18\ncall g 9 -1\nline g 10 0\nreturn g 10 2\nline f 15 26\nreturn f 15 28\n[exit 0]');
    expect(run(tracing, { jitThreshold: 0 })).toBe(interpreted);
  });

  it('compile a function entered once whose loop jumps back only conditionally', () => {
    // The peephole optimizer makes `if i == n: break` at a loop's end the loop's only back edge.
    const loop = 'def f(n):\n    i = 0\n    for x in range(n):\n        i += 1\n        if i == n: break\n    return i\nprint(f(50))\n';
    const before = compiledCodeObjects;
    expect(run(loop, { jitThreshold: 10 })).toBe('50\n[exit 0]');
    expect(compiledCodeObjects).toBe(before + 1);
  });

  it('tell the host each time a code object turns hot (onHotCode), after it is compiled', () => {
    const loop = 'def f(n):\n    return sum(i for i in range(n))\nfor k in range(30):\n    f(3)\nprint(f(5))\n';
    let calls = 0;
    let compiled = -1;
    const before = compiledCodeObjects;
    const onHotCode = (): void => {
      calls++;
      compiled = compiledCodeObjects;
    };
    expect(run(loop, { jitThreshold: 10, onHotCode })).toBe('10\n[exit 0]');
    // The module's loop, f, and the generator expression's code: three compiles, three calls.
    expect(compiledCodeObjects - before).toBe(3);
    expect(calls).toBe(3);
    expect(compiled).toBe(before + 3);
    calls = 0;
    expect(run(loop, { jitThreshold: Number.POSITIVE_INFINITY, onHotCode })).toBe('10\n[exit 0]');
    expect(calls).toBe(0);
  });

  it('run every instruction but the rare ones compiled', () => {
    const outcome = compile('def f(a):\n    yield g(a.x)\n    import m\n', 'main.py', 0);
    if (outcome.status !== 'ok') throw new Error('does not compile');
    const fn = outcome.code.consts.find((c) => c.kind === 'code');
    if (fn?.kind !== 'code') throw new Error('no function code');
    const code = new PyCode(fn.code);
    const source = jitSource(code);
    // LOAD_GLOBAL g, LOAD_FAST a, LOAD_ATTR x, CALL_FUNCTION, YIELD_VALUE run compiled; IMPORT_NAME does not.
    // LOAD_GLOBAL, LOAD_FAST, LOAD_ATTR and the call count their budget ticks at once, on entering
    // the first; LOAD_GLOBAL and LOAD_ATTR store f_lasti only on the path that calls out, giving
    // back the ticks of the instructions after them first. g and a are held in locals, written to
    // the frame's stack where LOAD_ATTR calls out and before the call; so LOAD_FAST and LOAD_ATTR,
    // reached with values in locals, cannot be entered from outside.
    expect(source).toMatch(/case 0: if \(\(ticks\[0\] -= 4\) >= 0\)[^]*?f\.lasti = 0; f\.sp = sp; if \(single === 0\) \{ ticks\[0\] \+= 3; single = 1; \} gi0 = globalIndex\(f, n0\)[^]*?q0 = v;/);
    expect(source).not.toMatch(/case [24]:/);
    expect(source).toMatch(/if \(single !== 0 && tick\(\)\) \{ s\[sp\] = q0; s\[sp \+ 1\] = q1; f\.sp = sp \+ 2; return 4; \}/);
    expect(source).toMatch(/s\[sp\] = q0; s\[sp \+ 1\] = q1; f\.lasti = 4; f\.sp = sp \+ 2; if \(single === 0\) \{ ticks\[0\] \+= 1; single = 1; \} r = getAttrOrNull\(v, n1\); if \(r === null\) \{ r = attributeMissing\(v, n1\); jitCall\.raised = r; return -4; \}/);
    expect(source).toMatch(/s\[sp\+\+\] = q0; s\[sp\+\+\] = q2;\s*case 6:/);
    expect(source).toMatch(/case 6: if \(single !== 0 && tick\(\)\) \{ f\.sp = sp; return 6; \} f\.lasti = 6;[^]*?prepareCall\(f, s, sp, 131, 1\)[^]*?case 8:/);
    expect(source).toMatch(/case 8: if \(tick\(\)\) \{ f\.sp = sp; return 8; \} f\.lasti = 8;.*jitCall\.value = v; f\.pc = 10; return -3;/);
    expect(source).toMatch(/case 16: f\.sp = sp; return 16;/);
  });

  it('leave code too long for V8 to optimize to the interpreter', () => {
    const functionOf = (lines: number): PyCode => {
      const body = Array.from({ length: lines }, (_, k) => `    x = (x + ${k}) % 7`).join('\n');
      const outcome = compile(`def f(x):\n${body}\n    return x\n`, 'main.py', 0);
      if (outcome.status !== 'ok') throw new Error('does not compile');
      const fn = outcome.code.consts.find((c) => c.kind === 'code');
      if (fn?.kind !== 'code') throw new Error('no function code');
      return new PyCode(fn.code);
    };
    expect(compileCode(functionOf(5))).toBeTypeOf('function');
    expect(compileCode(functionOf(200))).toBeNull();
  });
});
