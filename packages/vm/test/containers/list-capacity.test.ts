// sys.getsizeof of lists follows list_resize's over-allocation (objects/list-capacity.ts) through append, insert, extend, slices, pops, repeats, list(), sorted() and unpacking. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.getsizeof of lists as they grow and shrink: over-allocation by list_resize's rule",
    file: "a_list_growth.py",
    source: "# sys.getsizeof of lists as they grow and shrink: over-allocation by list_resize's rule\nimport sys\nl = []\nsizes = []\nfor i in range(40):\n    sizes.append(sys.getsizeof(l))\n    l.append(i)\nprint(sizes)\nshrink = []\nwhile l:\n    l.pop()\n    shrink.append(sys.getsizeof(l))\nprint(shrink)\nprint(sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof([x for x in range(10)]))\na = [1, 2, 3]; a.pop(); a.pop(); print(sys.getsizeof(a))\nb = list(range(100)); del b[10:]; print(sys.getsizeof(b))\nc = [1]; c += [2, 3, 4, 5]; print(sys.getsizeof(c))\nd = [1, 2]; d.extend(range(7)); print(sys.getsizeof(d), sys.getsizeof(d * 2), sys.getsizeof(d[:3]), sys.getsizeof(sorted(d)), sys.getsizeof(d + d))\ne = [0] * 5; e.insert(0, 1); print(sys.getsizeof(e))\nf = list(range(20)); f[2:18] = [9]; print(sys.getsizeof(f)); f[0:1] = range(30); print(sys.getsizeof(f))\ng = list(range(20)); del g[::2]; print(sys.getsizeof(g)); g *= 3; print(sys.getsizeof(g)); g *= 0; print(sys.getsizeof(g))\nh = list(x for x in range(5)); print(sys.getsizeof(h)); h2 = list(x for x in range(50)); print(sys.getsizeof(h2))\ni = [1, 2, 3]; i.clear(); print(sys.getsizeof(i)); i.extend([]); print(sys.getsizeof(i)); i.extend((1,)); print(sys.getsizeof(i))\nj = list(range(10)); j.remove(3); print(sys.getsizeof(j)); del j[0]; print(sys.getsizeof(j)); j.sort(); j.reverse(); print(sys.getsizeof(j))\nk = [*range(3), *range(4)]; print(sys.getsizeof(k), sys.getsizeof(sorted(range(9))), sys.getsizeof(sorted((3, 1, 2))))\nimport heapq\nhp = []\nfor v in [5, 3, 8, 1, 9, 2]:\n    heapq.heappush(hp, v)\nprint(sys.getsizeof(hp), [heapq.heappop(hp) for _ in range(4)], sys.getsizeof(hp))\nm = [1, 2, 3]; m.__init__(range(20)); print(sys.getsizeof(m)); m.__init__(); print(sys.getsizeof(m))\nclass Hint:\n    def __iter__(self):\n        return iter(range(6))\n    def __length_hint__(self):\n        print('hint asked')\n        return 2\nn = [0]; n.extend(Hint()); print(sys.getsizeof(n), list(Hint()), sys.getsizeof(list(Hint())))\nclass Sized:\n    def __len__(self):\n        print('len asked')\n        return 3\n    def __iter__(self):\n        return iter('abc')\nprint(sys.getsizeof(list(Sized())))\n",
    stdout: "[56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184, 256, 256, 256, 256, 256, 256, 256, 256, 256, 336, 336, 336, 336, 336, 336, 336, 336, 336, 336, 424, 424, 424, 424]\n[424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 424, 296, 296, 296, 296, 296, 296, 296, 296, 224, 224, 224, 224, 224, 184, 184, 136, 136, 136, 112, 112, 96, 88, 56]\n80 136 136 184\n80\n192\n120\n184 200 80 184 200\n128\n120\n408\n216\n368\n56\n120\n464\n56\n56\n88\n136\n136\n136\n136 184 104\n120 [1, 2, 3, 5] 96\n216\n56\nhint asked\nhint asked\nhint asked\n136 [0, 1, 2, 3, 4, 5] 128\nlen asked\nlen asked\n80\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "list.extend and list() ask for a length hint after iter(): its errors propagate, the iterator released once",
    file: "b_length_hint_errors.py",
    source: "# list.extend and list() ask for a length hint after iter(): its errors propagate, the iterator released once\nclass Bad:\n    def __iter__(self):\n        return iter([1, 2])\n    def __length_hint__(self):\n        raise KeyError('hint')\nl = [0]\ntry:\n    l.extend(Bad())\nexcept KeyError as e:\n    print('KE', e, l)\nclass Neg:\n    def __iter__(self):\n        return iter([1])\n    def __length_hint__(self):\n        return -1\ntry:\n    list(Neg())\nexcept ValueError as e:\n    print('VE', e)\nprint(list(Bad.__iter__(None)) if False else 'ok')\n",
    stdout: "KE 'hint' [0]\nVE __length_hint__() should return >= 0\nok\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("list capacity", CASES);
