/**
 * The program the playground opens with: a generator and a coroutine under asyncio, each shown
 * with `corosim.layout` while suspended, so every pane has something to show.
 * @module
 */

/** The playground's example program. */
export const EXAMPLE_PROGRAM = `# A generator and coroutines under asyncio, in virtual time: asyncio.sleep
# takes no real time. corosim.layout(obj) prints an object's CPython 3.8
# memory layout, and the Layout pane draws it.
import asyncio
import corosim


def countdown(n):
    while n > 0:
        yield n
        n -= 1


gen = countdown(3)
print("first:", next(gen), " f_lasti:", gen.gi_frame.f_lasti)
corosim.layout(gen)
print("the rest:", list(gen))


async def sleeper(name, delay):
    loop = asyncio.get_running_loop()
    print(name, "sleeps", delay, "s at t =", loop.time())
    await asyncio.sleep(delay)
    print(name, "wakes at t =", loop.time())
    return name.upper()


async def main():
    coro = sleeper("a", 2)
    task = asyncio.ensure_future(coro)
    await asyncio.sleep(1)
    print("coroutine a is suspended at f_lasti", coro.cr_frame.f_lasti)
    corosim.layout(coro)
    print("results:", await asyncio.gather(task, sleeper("b", 1)))


asyncio.run(main())
`;
