# The async generator walkthrough: async_fib() stepped with asend() through
# run_until_complete, printing ag_frame.f_lasti, and the memory layout of the
# async generator and of each asend awaitable.
import asyncio
import corosim


async def async_fib(n):
    t = 0
    i = 1
    j = 1
    r = 0
    result = None
    while t <= n:
        print("result", repr(result))
        await asyncio.sleep(3)
        if t < 2:
            result = yield i
        else:
            r = i + j
            result = yield r
            i = j
            j = r
        t += 1


class AsendTest(object):
    def __init__(self, n):
        self.f = async_fib(n)
        self.loop = asyncio.get_event_loop()

    async def make_the_call(self, val):
        aw = self.f.asend(val)
        corosim.layout(aw)
        r = await aw
        print("repr asend", repr(r))

    def __call__(self, *args, **kwargs):
        self.loop.run_until_complete(self.make_the_call(args[0]))


a = AsendTest(3)
print(type(a.f))
print("lasti", a.f.ag_frame.f_lasti, "running", a.f.ag_running)
corosim.layout(a.f)
for val in [None, "handsome", "handsome2", "handsome3"]:
    print()
    print("=== a(%r): run_until_complete(a.f.asend(%r))" % (val, val))
    a(val)
    print("lasti", a.f.ag_frame.f_lasti, "time", a.loop.time())
    corosim.layout(a.f)
print()
print("=== a('handsome4')")
try:
    a("handsome4")
except StopAsyncIteration:
    print("StopAsyncIteration at", a.loop.time())
print("frame after end:", a.f.ag_frame)
corosim.layout(a.f)
