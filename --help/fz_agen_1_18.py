import asyncio, gc, inspect, sys, types, weakref


def show(tag, f, *args):
    try:
        r = f(*args)
        print(tag, '->', repr(r))
        return r
    except BaseException as e:
        print(tag, '!!', type(e).__name__, e.args if not isinstance(e, StopIteration) else ('value', e.value),
              type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)


class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return self.swallow


class ACM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    async def __aenter__(self):
        print('aenter', self.name)
        await Tick(self.name)
        return self

    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        await Tick(self.name)
        return self.swallow


class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ('tick', self.v)
        print('tick got', repr(got))
        return got


class Boom(Exception):
    pass


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del Noisy', self.name, sys.exc_info()[0])


def state(o):
    for fn in (inspect.getgeneratorstate, inspect.getcoroutinestate):
        try:
            return fn(o)
        except (AttributeError, TypeError):
            pass
    return 'agen running=%r' % (o.ag_running,)


def frame_info(o):
    f = getattr(o, 'gi_frame', None) or getattr(o, 'cr_frame', None) or getattr(o, 'ag_frame', None)
    return None if f is None else (f.f_lasti, f.f_lineno)

async def top():
    got = None
    print('agen at', 4, sys.exc_info()[0])
    got = yield 69
    print('got', repr(got))
    got = yield 49
    print('got', repr(got))
    for i in range(2):
        try:
            try:
                got = yield 28
                print('got', repr(got))
                got = yield 51
                print('got', repr(got))
                return
            finally:
                print('finally', 66, sys.exc_info()[0])
                raise GeneratorExit(26)
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            raise
        except Boom as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            tmp = Noisy(4)
            for i in range(3):
                tmp = Noisy(30)
                got = yield 70
                print('got', repr(got))
                print('agen at', 94, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            raise
        for i in range(2):
            with CM(99, False):
                print('agen at', 73, sys.exc_info()[0])
            print('no sub')
    try:
        for i in range(1):
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            return
            try:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('no sub')
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = yield 25
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            except GeneratorExit as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = yield 90
                print('got', repr(got))
                got = yield 87
                print('got', repr(got))
            return
    except Boom as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        tmp = Noisy(63)
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)

async def drive():
    a = top()
    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)
    try:
        print('aclose ->', repr(await a.aclose()))
    except BaseException as e:
        print('aclose !!', type(e).__name__, e.args)
    try:
        print('athrow ->', repr(await a.athrow(Boom(3))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    return 'drive done'
d = drive()
for step in range(40):
    try:
        print('step', d.send(None))
    except StopIteration as e:
        print('drive returned', e.value)
        break
    except BaseException as e:
        print('drive !!', type(e).__name__, e.args)
        break
print('end', gc.collect())
