// A weak proxy's type has the __pow__ and __rpow__ slot wrappers of its nb_power, as CPython 3.8's weakproxy and weakcallableproxy. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A weak proxy's type has the __pow__ and __rpow__ slot wrappers of its nb_power, which reach the referent",
    file: "proxy_pow_wrappers.py",
    source: "# A weak proxy's type has the __pow__ and __rpow__ slot wrappers of its nb_power, which reach the referent\nimport weakref\nP = weakref.ProxyType\nprint(P.__pow__, P.__rpow__, P.__ipow__)\nprint(weakref.CallableProxyType.__pow__)\nprint([n for n in vars(P) if 'pow' in n or 'divmod' in n])\nclass N:\n    def __pow__(self, other, mod=None):\n        return ('pow', other, mod)\n    def __rpow__(self, other):\n        return ('rpow', other)\n    def __ipow__(self, other):\n        return ('ipow', other)\nn = N()\np = weakref.proxy(n)\nprint(p ** 2, pow(p, 2, 5), 3 ** p, P.__pow__(p, 2), P.__pow__(p, 2, 7), P.__rpow__(p, 3))\nq = p\nq **= 4\nprint(q)\ntry:\n    P.__pow__(p)\nexcept TypeError as e:\n    print('TypeError:', e)\ndel n\ntry:\n    p ** 2\nexcept ReferenceError as e:\n    print('ReferenceError:', e)\n",
    stdout: "<slot wrapper '__pow__' of 'weakproxy' objects> <slot wrapper '__rpow__' of 'weakproxy' objects> <slot wrapper '__ipow__' of 'weakproxy' objects>\n<slot wrapper '__pow__' of 'weakcallableproxy' objects>\n['__divmod__', '__rdivmod__', '__pow__', '__rpow__', '__ipow__']\n('pow', 2, None) ('pow', 2, 5) ('rpow', 3) ('pow', 2, None) ('pow', 2, 7) ('rpow', 3)\n('ipow', 4)\nTypeError:  expected at least 1 argument, got 0\nReferenceError: weakly-referenced object no longer exists\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak proxies: power", CASES);
