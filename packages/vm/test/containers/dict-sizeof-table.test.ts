// sys.getsizeof of dicts follows CPython 3.8's keys table (grown by insertion, kept by deletion, dict_new's own table, PyDict_Copy clone vs merge) and memoryview's 3*ndim items Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "getsizeof of dicts after deletion, pop, popitem, update and copy",
    file: "sizeof_dict_ops.py",
    source: "# getsizeof of dicts after deletion, pop, popitem, update and copy\nimport sys\nd = dict.fromkeys(range(10))\nprint(sys.getsizeof(d))\nfor i in range(8): del d[i]\nprint(len(d), sys.getsizeof(d))\nc = d.copy(); print(sys.getsizeof(c))\nd2 = dict(d); print(sys.getsizeof(d2))\nd.popitem(); d.popitem()\nprint(len(d), sys.getsizeof(d))\nd[1] = 1\nprint(sys.getsizeof(d))\ne = {}\nfor i in range(5): e[i] = i\nprint(sys.getsizeof(e))\ne[5] = 5; print(sys.getsizeof(e))\ndel e[5]; e[6] = 6; print(sys.getsizeof(e))\nf = {'a': 1}\nf.update({str(i): i for i in range(20)})\nprint(sys.getsizeof(f))\ng = {}\ng.setdefault('x', 1); print(sys.getsizeof(g))\ng.pop('x'); print(sys.getsizeof(g))\ng.clear(); print(sys.getsizeof(g))\nprint(sys.getsizeof({}.copy()), sys.getsizeof(dict()), sys.getsizeof(dict(a=1)))\n",
    stdout: "360\n2 360\n232\n232\n0 360\n232\n232\n360\n360\n640\n232\n232\n64\n64 232 232\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "getsizeof of dicts follows CPython's keys table: grown by inserts, kept by deletes, reset by clear",
    file: "sizeof_dict_table.py",
    source: "# getsizeof of dicts follows CPython's keys table: grown by inserts, kept by deletes, reset by clear\nimport sys, collections\ndef kw(**k): return sys.getsizeof(k)\nprint(kw(), kw(a=1), kw(**{str(i): i for i in range(7)}))\nprint(sys.getsizeof({}), sys.getsizeof(dict()), sys.getsizeof(dict({})), sys.getsizeof({1: 1}), sys.getsizeof(dict([(1, 1)])))\nprint(sys.getsizeof({i: i for i in range(6)}), sys.getsizeof({0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))\nprint(sys.getsizeof(dict.fromkeys({i: i for i in range(12)})), sys.getsizeof(dict.fromkeys('abcdefghijk')))\nd = {i: i for i in range(40)}\nprint(sys.getsizeof(d))\nfor i in range(39): del d[i]\nprint(len(d), sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))\nd['new'] = 1\nprint(sys.getsizeof(d))\ne = {i: i for i in range(12)}\nfor i in range(3): del e[i]\nprint(sys.getsizeof(e), sys.getsizeof(e.copy()))\ne.update({i: i for i in range(100, 140)})\nprint(len(e), sys.getsizeof(e))\nclass Sub(dict): pass\ns = Sub(); print(sys.getsizeof(s))\ns.update(a=1); print(sys.getsizeof(s), sys.getsizeof(Sub({1: 2}).copy()))\ndd = collections.defaultdict(list); print(sys.getsizeof(dd))\nfor i in range(6): dd[i]\nprint(sys.getsizeof(dd))\nx = {}\nfor i in range(100):\n    x[i] = i\n    del x[i]\nprint(len(x), sys.getsizeof(x))\ny = {'a': 1, 'b': 2}\ny.pop('a'); y.setdefault('c', 3); y.popitem()\nprint(sys.getsizeof(y), sys.getsizeof(y.copy()))\n",
    stdout: "64 232 360\n64 232 232 232 232\n360 360\n640 640\n1176\n1 1176 232 232\n1176\n640 640\n49 2272\n248\n248 232\n240\n368\n0 232\n232 232\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "getsizeof of memoryviews, and id reuse between views of the same size",
    file: "sizeof_memoryview.py",
    source: "# getsizeof of memoryviews, and id reuse between views of the same size\nimport sys\nb = b'abcdef'\nm = memoryview(b)\nprint(sys.getsizeof(m), sys.getsizeof(m[1:3]), sys.getsizeof(m[::2]))\nprint(sys.getsizeof(memoryview(bytearray(10))), sys.getsizeof(memoryview(b'')))\nm.release()\nprint(sys.getsizeof(m))\na = memoryview(b); ia = id(a); del a\nc = memoryview(b'xyz'); print(id(c) == ia)\nprint(m.__sizeof__(), memoryview(b).__sizeof__())\n",
    stdout: "184 184 184\n184 184\n184\nTrue\n168 168\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dict-sizeof-table", CASES);
