// DELETE_NAME: any error deleting a name from a namespace mapping becomes NameError. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "DELETE_NAME in a namespace that cannot delete: any error becomes the NameError",
    file: "del_name_mapping.py",
    source: "# DELETE_NAME in a namespace that cannot delete: any error becomes the NameError\nclass NoDel:\n    def __init__(self):\n        self.d = {'a': 1}\n    def __getitem__(self, k):\n        return self.d[k]\n    def __setitem__(self, k, v):\n        self.d[k] = v\nclass BadDel(NoDel):\n    def __delitem__(self, k):\n        raise ValueError('nope')\nfor ns in (NoDel(), BadDel(), {'a': 1}):\n    try:\n        exec('del a', {}, ns)\n        print('deleted')\n    except Exception as e:\n        print(type(e).__name__, e, e.__context__)\n",
    stdout: "NameError name 'a' is not defined None\nNameError name 'a' is not defined None\ndeleted\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("DELETE_NAME errors", CASES);
