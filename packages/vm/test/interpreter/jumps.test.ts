// Interpreter tests for jumps, loops, break/continue through try/finally (POP_FINALLY, CALL_FINALLY, BEGIN_FINALLY, END_FINALLY); expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("jumps, loops, break/continue through try/finally (POP_FINALLY, CALL_FINALLY, BEGIN_FINALLY, END_FINALLY)", () => {
  it("loops", () => {
    const source = `i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
    print('w', i)
else:
    print('no')
for j in range(3):
    pass
else:
    print('else', j)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
print(1 and 2, 0 and 2, 0 or 3, 4 or 5, None or 0, 1 if 0 else 2)
x = 0
while True:
    x += 1
    if x > 3 and x % 2 == 0 or x > 10:
        break
print(x)
try:
    for q in 5:
        pass
except TypeError as e:
    print(e)
`;
    const expected = `w 1
w 3
else 2
3
7
2 0 3 4 0 2
4
'int' object is not iterable
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("break/continue/return through finally", () => {
    const source = `for i in range(3):
    try:
        if i == 1: continue
        if i == 2: break
        print('body', i)
    finally:
        print('finally', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('f finally', i)
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            break
    return 'swallowed'
print(h())
def k():
    for i in range(3):
        try:
            try:
                continue
            finally:
                print('inner', i)
        finally:
            print('outer', i)
k()
def m():
    for x in [1, 2]:
        with C():
            if x == 1: continue
            return x
class C:
    def __enter__(self): print('enter')
    def __exit__(self, *a): print('exit', a)
print(m())
def n():
    try:
        pass
    finally:
        print('n finally')
    return 1
print(n())
`;
    const expected = `body 0
finally 0
finally 1
finally 2
f finally 0
0
finally
swallowed
inner 0
outer 0
inner 1
outer 1
inner 2
outer 2
enter
exit (None, None, None)
enter
exit (None, None, None)
2
n finally
1
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
