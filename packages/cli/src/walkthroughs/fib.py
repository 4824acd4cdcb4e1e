# The generator walkthrough: fib() stepped with send(), printing the frame's
# program counter (f_lasti) and the generator's memory layout after every step.
import corosim


def fib(n):
    t = 0
    i = 1
    j = 1
    r = 0
    result = None
    while t <= n:
        print("result", repr(result))
        if t < 2:
            result = yield i
        else:
            r = i + j
            result = yield r
            i = j
            j = r
        t += 1
    try:
        1 / 0
    except ZeroDivisionError:
        r = yield "ZeroDivisionError"
        print(repr(r))
        try:
            import empty
        except ModuleNotFoundError:
            result = yield "ModuleNotFoundError"
            print("result", repr(result))
        finally:
            result = yield "ModuleNotFoundError finally"
            print("result", repr(result))
    raise StopIteration


def step(title):
    print()
    print("=== " + title)


f = fib(5)
step("created: f = fib(5)")
print(type(f), type(fib))
print("lasti", f.gi_frame.f_lasti, "running", f.gi_running)
print(f.gi_code is fib.__code__, f.__name__, f.__qualname__)
corosim.layout(f)
step("r = f.send(None)")
r = f.send(None)
print("lasti", f.gi_frame.f_lasti, "value", repr(r))
corosim.layout(f)
corosim.layout(f.gi_frame)
for word in ["handsome", "handsome2", "handsome3", "handsome4", "handsome5",
             "handsome6", "handsome7", "handsome8"]:
    step("r = f.send(%r)" % word)
    r = f.send(word)
    print("lasti", f.gi_frame.f_lasti, "value", repr(r))
    corosim.layout(f)
    if r == "ZeroDivisionError":
        corosim.layout(f.gi_frame)
step("f.send('handsome9')")
try:
    f.send("handsome9")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
print("frame after end:", f.gi_frame)
corosim.layout(f)
step("f.send(None) again")
try:
    f.send(None)
except StopIteration as e:
    print("StopIteration again", e.value)
