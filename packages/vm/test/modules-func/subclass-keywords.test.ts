// Clinic-made __new__ of itertools.cycle/dropwhile/takewhile/filterfalse/starmap and float refuse keywords only for the exact type (a subclass __init__ may take them); super() refuses keywords; itertools constructors make their iterators before allocating, so a failing iter() leaks nothing. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a subclass of cycle, dropwhile, takewhile, filterfalse, starmap, float or super may take keywords in its own __init__",
    file: "subclass_keywords.py",
    source: "# a subclass of cycle, dropwhile, takewhile, filterfalse, starmap, float or super may take keywords in its own __init__\nfrom itertools import cycle, dropwhile, takewhile, filterfalse, starmap\nfor cls in (cycle, dropwhile, takewhile, filterfalse, starmap, float):\n    class Subclass(cls):\n        def __init__(self, newarg=None, *args):\n            pass\n    for call in (lambda: Subclass(newarg=1), lambda: Subclass(1, newarg=2), lambda: cls(foo=1)):\n        try:\n            r = call()\n            print(cls.__name__, 'made', type(r).__name__)\n        except TypeError as e:\n            print(cls.__name__, e)\nprint(list(__import__('itertools').islice(type('C', (cycle,), {'__init__': lambda self, *a, **k: None})('ab', k=1), 3)))\nclass F(float):\n    def __init__(self, *a, **k):\n        pass\nprint(F(2.5, flag=True), F(flag=True))\nfor call in (lambda: super(foo=1), lambda: super(int, foo=1)):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\n",
    stdout: "cycle cycle expected 1 argument, got 0\ncycle 'int' object is not iterable\ncycle cycle() takes no keyword arguments\ndropwhile dropwhile expected 2 arguments, got 0\ndropwhile dropwhile expected 2 arguments, got 1\ndropwhile dropwhile() takes no keyword arguments\ntakewhile takewhile expected 2 arguments, got 0\ntakewhile takewhile expected 2 arguments, got 1\ntakewhile takewhile() takes no keyword arguments\nfilterfalse filterfalse expected 2 arguments, got 0\nfilterfalse filterfalse expected 2 arguments, got 1\nfilterfalse filterfalse() takes no keyword arguments\nstarmap starmap expected 2 arguments, got 0\nstarmap starmap expected 2 arguments, got 1\nstarmap starmap() takes no keyword arguments\nfloat made Subclass\nfloat __init__() got multiple values for argument 'newarg'\nfloat float() takes no keyword arguments\n['a', 'b', 'a']\n2.5 0.0\nsuper() takes no keyword arguments\nsuper() takes no keyword arguments\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "itertools constructors whose iterable is not iterable leave no half-built object behind",
    file: "iter_constructor_failures.py",
    source: "# itertools constructors whose iterable is not iterable leave no half-built object behind\nimport itertools as it\nfor cls, args in [(it.cycle, (1,)), (it.accumulate, (1,)), (it.compress, (1, [1])), (it.compress, ([1], 1)), (it.dropwhile, (None, 1)), (it.islice, (1, 2)), (it.starmap, (None, 1)), (it.chain, (1,)), (it.groupby, (1,)), (it.zip_longest, ([1], 1)), (it.product, ([1], 1)), (it.permutations, (1,)), (it.combinations, (1, 1)), (it.combinations_with_replacement, (1, 1)), (it.tee, (1,)), (it.filterfalse, (None, 1)), (it.takewhile, (None, 1))]:\n    S = type('S', (cls,), {}) if cls is not it.tee else cls\n    try:\n        S(*args)\n    except TypeError as e:\n        print(cls.__name__, e)\n",
    stdout: "cycle 'int' object is not iterable\naccumulate 'int' object is not iterable\ncompress 'int' object is not iterable\ncompress 'int' object is not iterable\ndropwhile 'int' object is not iterable\nislice 'int' object is not iterable\nstarmap 'int' object is not iterable\ngroupby 'int' object is not iterable\nzip_longest 'int' object is not iterable\nproduct 'int' object is not iterable\npermutations 'int' object is not iterable\ncombinations 'int' object is not iterable\ncombinations_with_replacement 'int' object is not iterable\ntee 'int' object is not iterable\nfilterfalse 'int' object is not iterable\ntakewhile 'int' object is not iterable\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("constructors that refuse keywords only for their exact type", CASES, [0, Number.POSITIVE_INFINITY]);
