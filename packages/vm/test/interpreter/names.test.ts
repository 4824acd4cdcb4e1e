// Interpreter tests for LOAD/STORE/DELETE_FAST/DEREF/CLASSDEREF/NAME/GLOBAL and NameError/UnboundLocalError; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("LOAD/STORE/DELETE_FAST/DEREF/CLASSDEREF/NAME/GLOBAL and NameError/UnboundLocalError", () => {
  it("scopes", () => {
    const source = `g = 'global'
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def f():
    global g
    g = 'changed'
f(); print(g)
def cd():
    y = 'cell'
    class K:
        z = y
        y = 'class'
        w = y
    return K.z, K.w
try:
    print(cd())
except NameError as e:
    print(e)
def cd2():
    v = 1
    class K:
        print(v)
    return K
cd2()
def adders():
    return [lambda: i for i in range(3)]
print([a() for a in adders()])
x = 'mod'
class A:
    x = 'cls'
    y = [x for _ in range(1)]
print(A.y)
`;
    const expected = `3
changed
name 'y' is not defined
1
[2, 2, 2]
['mod']
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("errors", () => {
    const source = `def u():
    print(a)
    a = 1
try:
    u()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def d():
    b = 1
    del b
    return b
try:
    d()
except UnboundLocalError as e:
    print(e)
def fr():
    def inner(): return c
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    c = 1
fr()
def fd():
    c = 1
    def inner():
        nonlocal c
        del c
    inner()
    try:
        return c
    except NameError as e:
        print(type(e).__name__, e)
fd()
try:
    undefined_name
except NameError as e:
    print(e)
def gl():
    return also_undefined
try:
    gl()
except NameError as e:
    print(e)
try:
    del nothing_here
except NameError as e:
    print(e)
def dl():
    q = 1
    del q
    del q
try:
    dl()
except UnboundLocalError as e:
    print(e)
class K:
    try:
        del zz
    except NameError as e:
        print(e)
`;
    const expected = `UnboundLocalError local variable 'a' referenced before assignment
local variable 'b' referenced before assignment
NameError free variable 'c' referenced before assignment in enclosing scope
UnboundLocalError local variable 'c' referenced before assignment
name 'undefined_name' is not defined
name 'also_undefined' is not defined
name 'nothing_here' is not defined
local variable 'q' referenced before assignment
name 'zz' is not defined
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
