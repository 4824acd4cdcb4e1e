// Interpreter tests for with and async with (SETUP_WITH, SETUP_ASYNC_WITH, WITH_CLEANUP_*); expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("with and async with (SETUP_WITH, SETUP_ASYNC_WITH, WITH_CLEANUP_*)", () => {
  it("with", () => {
    const source = `class CM:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self): print('enter', self.name); return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with CM('a') as x, CM('b') as y:
    print(x, y)
with CM('c', True):
    raise ValueError('boom')
print('after')
try:
    with CM('d'):
        raise KeyError('k')
except KeyError as e:
    print('caught', e)
def f():
    with CM('e'):
        return 'ret'
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0: continue
        break
try:
    with 5:
        pass
except AttributeError as e:
    print(e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except AttributeError as e:
    print(e)
`;
    const expected = `enter a
enter b
A B
exit b None None
exit a None None
enter c
exit c ValueError boom
after
enter d
exit d KeyError 'k'
caught 'k'
enter e
exit e None None
ret
enter 0
exit 0 None None
enter 1
exit 1 None None
__enter__
__exit__
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("async with", () => {
    const source = `class ACM:
    async def __aenter__(self): print('aenter'); return 'A'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True
async def main():
    async with ACM() as a:
        print('body', a)
    async with ACM():
        raise ValueError
    print('done')
    try:
        async with object():
            pass
    except AttributeError as e:
        print(e)
c = main()
try:
    c.send(None)
except StopIteration as s:
    print('stop', s.value)
`;
    const expected = `aenter
body A
aexit None
aenter
aexit ValueError
done
__aexit__
stop None
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
