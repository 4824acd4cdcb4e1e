// ItemsView iteration and dis._get_name_info take their reference to the key or index only after the lookup or repr that may raise, so the object is freed when CPython 3.8 frees it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dis._get_name_info does not keep the index alive when its repr raises",
    file: "dis_name_info_repr_error.py",
    source: "# dis._get_name_info does not keep the index alive when its repr raises\nimport dis\nclass Idx:\n    def __repr__(self): raise ValueError('no repr')\n    def __del__(self): print('del Idx')\ntry:\n    dis._get_name_info(Idx(), None)\nexcept ValueError as e:\n    print('ValueError', e)\nprint('end')\n",
    stdout: "ValueError no repr\ndel Idx\nend\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "ItemsView iteration whose lookup raises does not keep the key alive",
    file: "itemsview_lookup_error.py",
    source: "# ItemsView iteration whose lookup raises does not keep the key alive\nfrom collections.abc import ItemsView, ValuesView\nclass K:\n    def __init__(self, n): self.n = n\n    def __hash__(self): return self.n\n    def __eq__(self, o): return self is o\n    def __del__(self): print('del K', self.n)\nclass D(dict):\n    def __iter__(self):\n        yield K(1)\nfor view in (ItemsView, ValuesView):\n    try:\n        list(view(D()))\n    except KeyError as e:\n        print(view.__name__, 'KeyError', e)\nprint('end')\n",
    stdout: "ItemsView KeyError <__main__.K object at 0x?>\ndel K 1\nValuesView KeyError <__main__.K object at 0x?>\ndel K 1\nend\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("a lookup that raises keeps nothing alive", CASES);
