// Differences found by running probe programs against CPython 3.8.18 (expected output recorded
// from it; asyncio under the oracle's virtual clock), each fixed in a general mechanism:
// locals()/vars()/dir() in a function, ascii(), exception
// instance dicts (and cycles through them, and through subclasses of built-in types that own
// their dict), and a conditional jump whose __bool__ raises.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';
import { runPython } from '../support/run-python.ts';

function run(source: string): string {
  const r = runPython(source, 'probe.py', true);
  expect(r.exitCode).toBe(0);
  return r.output;
}

describe('probes against CPython 3.8', () => {
  it('locals(), vars(), dir() and ascii()', () => {
    expect(run("print(ascii(\"\u00e9\"), ascii(\"\\u20ac\"), ascii(\"a\\U0001f600\"), ascii([\"\u00e9\"]))\ndef g():\n    a = 1\n    print(locals(), vars(), dir())\n    b = 2\n    print(sorted(locals()))\ng()\ndef fmt(name, n):\n    return \"{name}:{n}\".format(**locals())\nprint(fmt(\"a\", 1))\nprint(sorted(locals())[:3] == sorted(globals())[:3])\n")).toBe("'\\xe9' '\\u20ac' 'a\\U0001f600' ['\\xe9']\n{'a': 1} {'a': 1} ['a']\n['a', 'b']\na:1\nTrue\n");
  });

  it('exception instance dicts, and the cycles the collector finds through them', () => {
    expect(run("import gc\ne = ValueError(\"x\")\nprint(e.__dict__)\ne.b = \"two\"\nprint(e.__dict__, e.b)\nclass MyErr(Exception):\n    def __init__(self, code):\n        super().__init__(code)\n        self.code = code\nm = MyErr(3)\nprint(m.code, m.__dict__)\nm.me = m\ndel m\nprint(gc.collect())\nx = ValueError(\"y\"); x.self = x; del x\nprint(gc.collect())\ntry:\n    e.__dict__ = 5\nexcept TypeError as t:\n    print(t)\nclass P(staticmethod): pass\np = P(len); p.me = p; del p\nprint(gc.collect())\n")).toBe("{}\n{'b': 'two'} two\n3 {'code': 3}\n3\n3\n__dict__ must be set to a dictionary, not a 'int'\n2\n");
  });

  it('drops the operand of a conditional jump whose __bool__ raises', () => {
    expect(run("class B:\n    def __bool__(self): raise ValueError(\"b\")\nfor stmt in (\"if B(): pass\", \"while B(): pass\", \"x = B() and 1\", \"x = B() or 1\"):\n    try:\n        exec(stmt)\n    except ValueError as e:\n        print(e)\n")).toBe('b\nb\nb\nb\n');
  });

  it('object.__str__, descriptor reprs and descriptor errors', () => {
    expect(run("class S:\n    __slots__ = (\"a\",)\nprint(S.a, object.__dict__[\"__class__\"], int.__dict__[\"real\"], type.__dict__[\"__name__\"], str.__dict__[\"upper\"], int.__dict__[\"__add__\"], dict.__dict__[\"fromkeys\"])\nclass P:\n    def __str__(self):\n        return \"P:\" + super().__str__()[:10]\nprint(str(P()))\nprint(object.__str__(5), object.__str__(\"x\"), str(3.5), str(\"abc\"), str(b\"x\"), format(P(), \"\"))\nclass Q:\n    def __repr__(self): return \"Q!\"\nprint(str(Q()), \"%s\" % Q(), f\"{Q()}\", hasattr(object, \"__str__\"))\nclass R(str): pass\nprint(str(R(\"r\")), type(str(R(\"r\"))).__name__)\nprint(sorted(set(dir(object())) - {\"__dir__\", \"__reduce_ex__\"}) == sorted(set(dir(object())) - {\"__dir__\", \"__reduce_ex__\"}))\nfor f in (lambda: str.upper(1), lambda: int.__add__(\"a\", 1), lambda: list.append.__get__(1)):\n    try:\n        f()\n    except TypeError as e:\n        print(e)\n")).toBe("<member 'a' of 'S' objects> <attribute '__class__' of 'object' objects> <attribute 'real' of 'int' objects> <attribute '__name__' of 'type' objects> <method 'upper' of 'str' objects> <slot wrapper '__add__' of 'int' objects> <method 'fromkeys' of 'dict' objects>\nP:<__main__.\n5 'x' 3.5 abc b'x' P:<__main__.\nQ! Q! Q! True\nr str\nTrue\ndescriptor 'upper' for 'str' objects doesn't apply to a 'int' object\ndescriptor '__add__' requires a 'int' object but received a 'str'\ndescriptor 'append' for 'list' objects doesn't apply to a 'int' object\n");
  });

  it('sys.getsizeof and __sizeof__', () => {
    expect(run("import sys\nprint(sys.getsizeof(1), sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(2**100), sys.getsizeof(-5), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof('\u00e9'), sys.getsizeof('\u20ac'), sys.getsizeof('\ud83d\ude00'), sys.getsizeof([1,2]), sys.getsizeof(True), sys.getsizeof(()), sys.getsizeof((1,2)), sys.getsizeof(b''), sys.getsizeof(b'ab'), sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(object()), sys.getsizeof([]), (1).__sizeof__(), object.__sizeof__(1), sys.getsizeof(range(3)))\ndef gen():\n    yield 1\nclass C: pass\nprint(sys.getsizeof(C()), sys.getsizeof(len), sys.getsizeof(gen()), sys.getsizeof(gen))\n")).toBe("28 24 32 40 28 49 52 74 76 80 72 28 40 56 33 35 24 16 16 56 28 28 48\n48 72 112 136\n");
  });

  it('shows the compiler SyntaxWarnings, before the program runs and for exec/compile', () => {
    let stdout = '';
    let stderr = '';
    runMain("x = 1\nprint(x is 1)\nf = lambda: None()\ndef g():\n    return [1, 2][1.0] if False else (1, 2)\nassert (x, \"msg\")\ny = x is not \"a\"\nexec(\"z = 5 is 5\")\nimport warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter(\"error\")\n    try:\n        compile(\"q = 1 is 1\", \"<c>\", \"exec\")\n    except SyntaxError as e:\n        print(\"SyntaxError:\", e.msg, e.lineno)\nprint(compile(\"w = 2 is 2\", \"<d>\", \"exec\").co_name)\n", {
      filename: 'probe.py',
      checkRefcounts: true,
      write: (stream, text) => {
        if (stream === 'stdout') stdout += text;
        else stderr += text;
      },
    });
    expect(stdout).toBe("True\nSyntaxError: \"is\" with a literal. Did you mean \"==\"? 1\n<module>\n");
    expect(stderr).toBe("probe.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is 1)\nprobe.py:3: SyntaxWarning: 'NoneType' object is not callable; perhaps you missed a comma?\n  f = lambda: None()\nprobe.py:5: SyntaxWarning: list indices must be integers or slices, not float; perhaps you missed a comma?\n  return [1, 2][1.0] if False else (1, 2)\nprobe.py:6: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  assert (x, \"msg\")\nprobe.py:7: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n  y = x is not \"a\"\n<string>:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n<d>:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n");
  });

  it('__mro_entries__ and __orig_bases__ (PEP 560)', () => {
    expect(run("class A: pass\nclass P:\n    def __mro_entries__(self, bases):\n        print(\"entries\", len(bases))\n        return (A,)\nclass Z(P()):\n    pass\nprint(Z.__bases__, Z.__orig_bases__[0].__class__.__name__, Z.__mro__)\nclass B(A): pass\nprint(\"__orig_bases__\" in B.__dict__)\nclass Bad:\n    def __mro_entries__(self, bases): return [A]\ntry:\n    class Y(Bad()): pass\nexcept TypeError as e:\n    print(e)\nclass E:\n    def __mro_entries__(self, bases): return ()\nclass W(E(), A): pass\nprint(W.__bases__)\n")).toBe("entries 1\n(<class '__main__.A'>,) P (<class '__main__.Z'>, <class '__main__.A'>, <class 'object'>)\nFalse\n__mro_entries__ must return a tuple\n(<class '__main__.A'>,)\n");
  });

  it('dis.dis of source text', () => {
    expect(run("import dis\ndis.dis(\"x + 1\")\ndis.dis(\"for i in y: pass\")\n")).toBe("  1           0 LOAD_NAME                0 (x)\n              2 LOAD_CONST               0 (1)\n              4 BINARY_ADD\n              6 RETURN_VALUE\n  1           0 LOAD_NAME                0 (y)\n              2 GET_ITER\n        >>    4 FOR_ITER                 4 (to 10)\n              6 STORE_NAME               1 (i)\n              8 JUMP_ABSOLUTE            4\n        >>   10 LOAD_CONST               0 (None)\n             12 RETURN_VALUE\n");
  });

  it('class dicts are mappingproxy views; types.MappingProxyType', () => {
    expect(run("import types\nclass C:\n    x = 1\nd = C.__dict__\nprint(type(d).__name__, d[\"x\"], \"x\" in d, len(d) > 0, d.get(\"zz\", 5), sorted(k for k in d.keys() if not k.startswith(\"__\")))\ntry:\n    d[\"y\"] = 2\nexcept TypeError as e:\n    print(e)\ntry:\n    del d[\"x\"]\nexcept TypeError as e:\n    print(e)\np = types.MappingProxyType({\"a\": 1})\nprint(p, repr(p), str(p), p == {\"a\": 1}, list(p), p.copy(), list(p.items()))\ntry:\n    types.MappingProxyType([1])\nexcept TypeError as e:\n    print(e)\ntry:\n    hash(p)\nexcept TypeError as e:\n    print(e)\nprint(vars(C)[\"x\"], type(int.__dict__).__name__)\n")).toBe("mappingproxy 1 True True 5 ['x']\n'mappingproxy' object does not support item assignment\n'mappingproxy' object does not support item deletion\n{'a': 1} mappingproxy({'a': 1}) {'a': 1} True ['a'] {'a': 1} [('a', 1)]\nmappingproxy() argument must be a mapping, not list\nunhashable type: 'mappingproxy'\n1 mappingproxy\n");
  });

  it("a SyntaxError at the end of a string compiled with 'exec' is on its last line", () => {
    expect(run("for src in ('1 +', '1 +\\n', 'f(', 'x = (1,\\n', 'if x:', 'a\\nb(\\n'):\n    try:\n        compile(src, 's', 'exec')\n    except SyntaxError as e:\n        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text))\n")).toBe("'1 +' invalid syntax 1 4 '1 +\\n'\n'1 +\\n' invalid syntax 1 4 '1 +\\n'\n'f(' unexpected EOF while parsing 1 3 'f(\\n'\n'x = (1,\\n' unexpected EOF while parsing 1 8 'x = (1,\\n'\n'if x:' unexpected EOF while parsing 1 6 'if x:\\n'\n'a\\nb(\\n' unexpected EOF while parsing 2 3 'b(\\n'\n");
  });

  it('sequences have no __radd__; dict sizes follow the keys table', () => {
    expect(run("print(hasattr(str,\"__radd__\"), hasattr(tuple,\"__radd__\"), hasattr(bytes,\"__radd__\"), hasattr(list,\"__rmul__\"), hasattr(list, \"__radd__\"))\nfrom collections import deque\nprint(hasattr(deque, \"__radd__\"), [1]+[2], (1,)+(2,), \"a\"+\"b\", b\"a\"+b\"b\", bytearray(b\"a\")+b\"b\", 2*[1], [1]*2, 3*\"a\", deque([1])+deque([2]))\nclass L(list):\n    def __radd__(self, o): return \"radd\"\nprint([1] + L([2]), (1,) + (\"x\",))\nimport sys\nout = []\nfor n in list(range(0, 25)) + [50, 100, 200, 1000]:\n    d = {}\n    for i in range(n): d[i] = i\n    out.append((n, sys.getsizeof(d)))\nprint(out)\nprint(sys.getsizeof(dict(a=1)), sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof({}))\n")).toBe("False False False True False\nFalse [1, 2] (1, 2) ab b'ab' bytearray(b'ab') [1, 1] [1, 1] aaa deque([1, 2])\nradd (1, 'x')\n[(0, 64), (1, 232), (2, 232), (3, 232), (4, 232), (5, 232), (6, 360), (7, 360), (8, 360), (9, 360), (10, 360), (11, 640), (12, 640), (13, 640), (14, 640), (15, 640), (16, 640), (17, 640), (18, 640), (19, 640), (20, 640), (21, 640), (22, 1176), (23, 1176), (24, 1176), (50, 2272), (100, 4696), (200, 9312), (1000, 36960)]\n232 232 64\n");
  });

  it('dir() asks __dir__: object, type and module each answer as CPython', () => {
    expect(run("import types\nm = types.ModuleType(\"m\"); m.x = 1\nprint(dir(m))\nclass D:\n    def __dir__(self): return [\"b\", \"a\"]\nprint(dir(D()))\nclass E: \n    y = 2\ne = E(); e.z = 3\nprint([n for n in dir(e) if not n.startswith(\"__\")], \"__dir__\" in dir(e), \"__reduce_ex__\" in dir(object))\nprint(len(dir(object())), len(dir(object)), len(dir(int)) , len(dir([])))\n")).toBe("['__doc__', '__loader__', '__name__', '__package__', '__spec__', 'x']\n['a', 'b']\n['y', 'z'] True True\n23 23 71 46\n");
  });

  it('print keeps what it wrote before an object whose str() fails', () => {
    expect(run("class B:\n    def __str__(self): raise ValueError(\"no\")\ntry:\n    print(1, 2, B(), 3)\nexcept ValueError:\n    print(\"|caught\")\n")).toBe("1 2 |caught\n");
  });
});
