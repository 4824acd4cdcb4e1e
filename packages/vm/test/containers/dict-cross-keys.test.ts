// A key that is not a str but hashes and compares equal to one is the same dict key, both ways, as CPython's single table by hash has it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A dict key that is not a str but has a str's hash and equals it is the same key as that str.",
    file: "dict_cross_keys.py",
    source: "# A dict key that is not a str but has a str's hash and equals it is the same key as that str.\nclass Alias:\n    def __init__(self, text):\n        self.text = text\n    def __hash__(self):\n        return hash(self.text)\n    def __eq__(self, other):\n        print(\"eq\", type(other).__name__, other if isinstance(other, str) else other.text)\n        return other == self.text if isinstance(other, str) else NotImplemented\n\nd = {\"a\": 1, \"b\": 2}\nprint(d[Alias(\"a\")], Alias(\"b\") in d, Alias(\"c\") in d)\nd[Alias(\"a\")] = 10\nprint(d, len(d))\ndel d[Alias(\"b\")]\nprint(d)\ne = {Alias(\"x\"): 1}\nprint(e[\"x\"], \"x\" in e, \"y\" in e)\ne[\"x\"] = 5\nprint(len(e), list(e.values()))\nclass S(str):\n    def __hash__(self):\n        return str.__hash__(self)\nf = {S(\"k\"): 1}\nprint(f[\"k\"], \"k\" in f)\nf[\"k\"] = 2\nprint(len(f), f)\ng = {\"k\": 1}\nprint(g[S(\"k\")], S(\"k\") in g)\n# instance attribute dicts: attribute names are strs\nclass C: pass\nc = C()\nc.__dict__[Alias(\"attr\")] = 42\nprint(getattr(c, \"attr\"))\nprint({1: 2}.get(Alias(\"1\")), {\"q\": 1}.get(Alias(\"r\")))\nimport collections\nod = collections.OrderedDict(a=1)\nprint(od[Alias(\"a\")])\n",
    stdout: "eq str a\neq str b\n1 True False\neq str a\n{'a': 10, 'b': 2} 2\neq str b\n{'a': 10}\neq str x\neq str x\n1 True False\neq str x\n1 [5]\n1 True\n1 {'k': 2}\n1 True\neq str attr\n42\nNone None\neq str a\n1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dict keys of one hash found under text and hash buckets", CASES);
