# The coroutine walkthrough: a coroutine that sleeps, fails, and awaits a
# recursive copy of itself, observed every 2 virtual seconds, with the memory
# layout of every coroutine at every observation.
import corosim
import sys
import time
import asyncio

sys.set_coroutine_origin_tracking_depth(100)
cor_list = list()


async def cor(recursive_depth=1):
    t1 = time.time()
    try:
        await asyncio.sleep(3)
        1 / 0
    except ZeroDivisionError:
        if recursive_depth > 0:
            r = cor(recursive_depth-1)
            cor_list.append(r)
            await r
    t2 = time.time()
    print("recursive_depth: %d, cost %.2f seconds" % (recursive_depth, t2 - t1))


def origin(c):
    return [(line, name) for file, line, name in c.cr_origin if file == __file__]


def pr_cor_list():
    for index, each in enumerate(cor_list):
        print("index: %d, each.cr_frame.f_lasti: %s" % (index, "None object" if each.cr_frame is None else str(each.cr_frame.f_lasti)))
        print("  running:", each.cr_running, "name:", each.__name__, "qualname:", each.__qualname__,
              "code is cor:", each.cr_code is cor.__code__, "origin:", origin(each))
        if each.cr_frame is not None:
            print("  line:", each.cr_frame.f_lineno, "awaiting:", type(each.cr_await).__name__)
        corosim.layout(each)


async def test():
    c = cor()
    cor_list.append(c)
    ts = time.time()
    pending = [c]
    print("=== created: c = cor()")
    pr_cor_list()
    while pending:
        print()
        print("=== await asyncio.wait(pending, timeout=2)")
        done, pending = await asyncio.wait(pending, timeout=2)
        ts_now = time.time()
        print("%.2f seconds elapse" % (ts_now - ts, ))
        pr_cor_list()

if __name__ == "__main__":
    asyncio.run(test())
