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

def sub0():
    got = None
    try:
        try:
            print('gen at', 19, sys.exc_info()[0])
            with CM(48, False):
                got = yield 10
                print('got', repr(got))
                got = yield 30
                print('got', repr(got))
                tmp = Noisy(49)
                got = yield 15
                print('got', repr(got))
        except ValueError as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            try:
                tmp = Noisy(60)
                got = yield 58
                print('got', repr(got))
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            try:
                print('no sub')
            finally:
                print('finally', 32, sys.exc_info()[0])
                return 13
        if got:
            got = yield 5
            print('got', repr(got))
            for i in range(1):
                got = yield 47
                print('got', repr(got))
                print('gen at', 55, sys.exc_info()[0])
            return 61
            try:
                tmp = Noisy(83)
                got = yield 48
                print('got', repr(got))
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                show('reenter', lambda: next(o))
                print('no sub')
        else:
            print('gen at', 8, sys.exc_info()[0])
            with CM(93, False):
                show('reenter', lambda: next(o))
    except GeneratorExit as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        for i in range(3):
            got = yield 70
            print('got', repr(got))
        raise
    finally:
        print('finally', 68, sys.exc_info()[0])
        for i in range(3):
            show('reenter', lambda: next(o))
            show('reenter', lambda: next(o))
            if got:
                got = yield 13
                print('got', repr(got))
            else:
                print('no sub')
                print('gen at', 21, sys.exc_info()[0])
                print('no sub')
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = yield 49
    print('got', repr(got))
    got = yield 8
    print('got', repr(got))
    if got:
        with CM(91, False):
            return 52
        return 42
    else:
        with CM(81, True):
            got = yield 71
            print('got', repr(got))
        got = yield 36
        print('got', repr(got))
        got = yield 40
        print('got', repr(got))
    if got:
        got = yield 62
        print('got', repr(got))
    else:
        try:
            for i in range(3):
                got = yield 37
                print('got', repr(got))
                tmp = Noisy(4)
                got = yield 78
                print('got', repr(got))
                raise Boom(10)
            got = yield 41
            print('got', repr(got))
            got = yield 54
            print('got', repr(got))
        except BaseException as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 80
            print('got', repr(got))
            raise
        for i in range(2):
            try:
                print('gen at', 53, sys.exc_info()[0])
                got = yield 27
                print('got', repr(got))
                got = yield 40
                print('got', repr(got))
                got = yield 34
                print('got', repr(got))
            finally:
                print('finally', 23, sys.exc_info()[0])
            show('reenter', lambda: next(o))
            try:
                got = yield 57
                print('got', repr(got))
                tmp = Noisy(14)
                raise ValueError(56)
                got = yield 57
                print('got', repr(got))
            finally:
                print('finally', 70, sys.exc_info()[0])

def sub1():
    got = None
    if got:
        try:
            got = yield 63
            print('got', repr(got))
            got = yield 40
            print('got', repr(got))
            res = yield from sub0()
            print('sub returned', res)
        except Boom as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 61
            print('got', repr(got))
        raise KeyError(66)
        try:
            res = yield from sub0()
            print('sub returned', res)
            got = yield 20
            print('got', repr(got))
            with CM(94, True):
                show('reenter', lambda: next(o))
            try:
                print('gen at', 83, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = yield 38
                print('got', repr(got))
            except GeneratorExit as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                tmp = Noisy(74)
                got = yield 41
                print('got', repr(got))
                raise
        except Exception as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            show('reenter', lambda: next(o))
            tmp = Noisy(77)
        except ValueError as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            raise
        finally:
            print('finally', 91, sys.exc_info()[0])
            return 5
    else:
        got = yield 47
        print('got', repr(got))
        try:
            try:
                print('gen at', 86, sys.exc_info()[0])
                got = yield 56
                print('got', repr(got))
            finally:
                print('finally', 76, sys.exc_info()[0])
                got = yield 28
                print('got', repr(got))
            got = yield 12
            print('got', repr(got))
        except BaseException as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 91
            print('got', repr(got))
            try:
                res = yield from sub0()
                print('sub returned', res)
                print('gen at', 40, sys.exc_info()[0])
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                return 33
                raise
            finally:
                print('finally', 23, sys.exc_info()[0])
                print('gen at', 24, sys.exc_info()[0])
        finally:
            print('finally', 49, sys.exc_info()[0])
            try:
                got = yield 40
                print('got', repr(got))
                got = yield 95
                print('got', repr(got))
            finally:
                print('finally', 82, sys.exc_info()[0])
        for i in range(1):
            try:
                raise StopIteration(61)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('gen at', 38, sys.exc_info()[0])
                raise
            show('reenter', lambda: next(o))
            if got:
                tmp = Noisy(95)
            else:
                print('gen at', 48, sys.exc_info()[0])
                res = yield from sub0()
                print('sub returned', res)
                got = yield 93
                print('got', repr(got))
            if got:
                got = yield 15
                print('got', repr(got))
            else:
                tmp = Noisy(46)
                got = yield 34
                print('got', repr(got))
                got = yield 93
                print('got', repr(got))
        print('gen at', 92, sys.exc_info()[0])
    try:
        tmp = Noisy(89)
        print('gen at', 67, sys.exc_info()[0])
    except (KeyError, StopIteration) as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        for i in range(3):
            got = yield 56
            print('got', repr(got))
            try:
                tmp = Noisy(36)
                res = yield from sub0()
                print('sub returned', res)
            except GeneratorExit as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                return 22
                tmp = Noisy(32)
            show('reenter', lambda: next(o))
            if got:
                got = yield 58
                print('got', repr(got))
            else:
                tmp = Noisy(94)
        res = yield from sub0()
        print('sub returned', res)
        raise
    with CM(4, True):
        res = yield from sub0()
        print('sub returned', res)

def top():
    got = None
    show('reenter', lambda: next(o))
    try:
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        with CM(52, False):
            with CM(78, True):
                tmp = Noisy(76)
                tmp = Noisy(17)
            got = yield 94
            print('got', repr(got))
        got = yield 31
        print('got', repr(got))
        print('gen at', 86, sys.exc_info()[0])
    finally:
        print('finally', 28, sys.exc_info()[0])
        got = yield 38
        print('got', repr(got))
    got = yield 97
    print('got', repr(got))
    got = yield 86
    print('got', repr(got))
    tmp = Noisy(14)

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: next(o))
show('send', o.send, 6)
show('close', o.close)
print('rc', sys.getrefcount(o))
show('next', o.send, None)
show('send', o.send, 7)
print('final', state(o), frame_info(o))
print('end', gc.collect())
