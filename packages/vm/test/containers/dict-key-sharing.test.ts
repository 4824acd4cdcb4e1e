// Split (key-sharing) instance dicts: sys.getsizeof of the dicts and of their classes as keys are shared, grown, and given up. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.getsizeof of instance dicts that share their class's keys, and of the class",
    file: "s01_instance_dict_sizes.py",
    source: "# sys.getsizeof of instance dicts that share their class's keys, and of the class\nimport sys\n\nclass A:\n    def __init__(self, n):\n        for i in range(n):\n            setattr(self, 'a%d' % i, i)\n\nfor n in range(0, 13):\n    a = A(n)\n    b = A(n)\n    print(n, sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__), sys.getsizeof(A))\n\nclass P:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\n\np = P()\nq = P()\nprint('P', sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__), sys.getsizeof(P))\nq.z = 3\nprint('after q.z', sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__), sys.getsizeof(P))\nr = P()\nprint('r', sys.getsizeof(r.__dict__), list(r.__dict__))\ndel p.x\nprint('after del', sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__), sys.getsizeof(P))\ns = P()\nprint('s', sys.getsizeof(s.__dict__))\n",
    stdout: "0 104 104 1064\n1 104 104 1064\n2 104 104 1064\n3 104 104 1064\n4 104 104 1064\n5 104 104 1064\n6 360 360 896\n7 360 360 896\n8 360 360 896\n9 360 360 896\n10 360 360 896\n11 640 640 896\n12 640 640 896\nP 104 104 1064\nafter q.z 104 104 1064\nr 104 ['x', 'y']\nafter del 232 104 896\ns 232\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "split dicts become combined when keys arrive out of the class's order",
    file: "s02_order_rules.py",
    source: "# split dicts become combined when keys arrive out of the class's order\nimport sys\n\nclass C:\n    pass\n\na = C(); a.x = 1; a.y = 2\nb = C(); b.y = 1; b.x = 2\nprint(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__), sys.getsizeof(C), list(b.__dict__))\nc = C(); c.x = 1\nprint(sys.getsizeof(c.__dict__), sys.getsizeof(C))\nd = C()\nprint(sys.getsizeof(d.__dict__), sys.getsizeof(C))\ne = C(); e.x = 0; e.y = 0; e.w = 0\nprint(sys.getsizeof(e.__dict__), sys.getsizeof(a.__dict__), sys.getsizeof(C))\n\nclass D:\n    pass\nx = D()\nv = vars(x)\nprint('vars', sys.getsizeof(v), sys.getsizeof(D))\nx.k = 1\nprint(sys.getsizeof(v), v)\ncp = v.copy()\nprint('copy', sys.getsizeof(cp), cp, type(cp))\nv2 = dict(v)\nprint('dict()', sys.getsizeof(v2))\nv['q'] = 5\nprint('item set', sys.getsizeof(v), sys.getsizeof(D))\ny = D(); y.k = 2; y.q = 3\nprint(sys.getsizeof(y.__dict__))\ny.__dict__.update(r=1, s=2, t=3, u=4)\nprint('update', sys.getsizeof(y.__dict__), sys.getsizeof(D))\nz = D(); z.k = 1\nz.__dict__.clear()\nprint('clear', sys.getsizeof(z.__dict__), sys.getsizeof(D))\nw = D(); w.k = 1; w.q = 2\nprint(w.__dict__.popitem(), sys.getsizeof(w.__dict__))\nprint(w.__dict__.pop('k'), sys.getsizeof(w.__dict__), sys.getsizeof(D))\n",
    stdout: "272 232 896 ['y', 'x']\n232 896\n64 896\n232 272 896\nvars 104 1064\n104 {'k': 1}\ncopy 104 {'k': 1} <class 'dict'>\ndict() 232\nitem set 104 1064\n104\nupdate 360 1064\nclear 64 1064\n('q', 2) 232\n1 232 1064\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "key sharing for exceptions, subclasses, metaclasses and __dict__ assignment",
    file: "s03_other_kinds.py",
    source: "# key sharing for exceptions, subclasses, metaclasses and __dict__ assignment\nimport sys\n\nclass E(Exception):\n    pass\n\ne = E('m')\ne.code = 3\nprint(sys.getsizeof(e.__dict__), sys.getsizeof(E))\n\nclass Base:\n    def __init__(self):\n        self.a = 1\nclass Sub(Base):\n    def __init__(self):\n        super().__init__()\n        self.b = 2\ns = Sub()\nprint(sys.getsizeof(s.__dict__), sys.getsizeof(Sub), sys.getsizeof(Base))\n\nclass Meta(type):\n    pass\nclass M(metaclass=Meta):\n    pass\nprint(sys.getsizeof(Meta), sys.getsizeof(M))\n\nclass S:\n    __slots__ = ('a',)\nprint(sys.getsizeof(S))\n\nclass T:\n    pass\nt = T()\nt.__dict__ = {'a': 1}\nprint(sys.getsizeof(t.__dict__))\nt.b = 2\nprint(sys.getsizeof(t.__dict__), sys.getsizeof(T))\nu = T(); u.a = 1\nprint(sys.getsizeof(u.__dict__), sys.getsizeof(T))\n\nclass K:\n    pass\nclass Name(str):\n    pass\nk = K()\nsetattr(k, Name('n'), 1)\nprint(sys.getsizeof(k.__dict__), sys.getsizeof(K))\nk2 = K(); k2.n = 1\nprint(sys.getsizeof(k2.__dict__))\n\nclass Many:\n    def __init__(self):\n        self.a, self.b, self.c = 1, 2, 3\n        self.d, self.e, self.f = 4, 5, 6\nm1 = Many(); m2 = Many()\nprint(sys.getsizeof(m1.__dict__), sys.getsizeof(m2.__dict__), sys.getsizeof(Many))\n",
    stdout: "104 1064\n104 1064 1064\n1064 1064\n896\n232\n232 1064\n104 1064\n232 896\n232\n144 144 1192\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "an instance dict outliving its class counts the keys it then shares alone",
    file: "s04_outlive.py",
    source: "# an instance dict outliving its class counts the keys it then shares alone\nimport sys, gc\n\ndef make():\n    class C:\n        pass\n    c = C()\n    c.a = 1\n    d = c.__dict__\n    print(sys.getsizeof(d))\n    return d\n\nd = make()\ngc.collect()\nprint(sys.getsizeof(d))\ne = d.copy()\nprint(sys.getsizeof(d), sys.getsizeof(e))\ndel e\nprint(sys.getsizeof(d))\n",
    stdout: "104\n272\n104 104\n272\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a lone instance growing its shared keys twice, then its class dropping them",
    file: "s05_reshare_twice.py",
    source: "# a lone instance growing its shared keys twice, then its class dropping them\nimport sys\nclass G:\n    pass\ng = G()\nfor i in range(12):\n    setattr(g, 'a%d' % i, i)\n    print(i, sys.getsizeof(g.__dict__), sys.getsizeof(G))\ndel g.a0\nprint(sys.getsizeof(g.__dict__), sys.getsizeof(G))\nclass H:\n    pass\nh = H()\nfor i in range(7):\n    setattr(h, 'b%d' % i, i)\nd = h.__dict__\nH.x = 1\nk = H()\nk.b0 = 1\ndel k.b0\nprint(sys.getsizeof(d), sys.getsizeof(H))\n",
    stdout: "0 104 1064\n1 104 1064\n2 104 1064\n3 104 1064\n4 104 1064\n5 144 1192\n6 144 1192\n7 144 1192\n8 144 1192\n9 144 1192\n10 232 1472\n11 232 1472\n640 896\n440 896\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("instance dicts sharing their class's keys (PEP 412)", CASES);
