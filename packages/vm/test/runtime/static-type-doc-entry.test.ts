// PyType_Ready stores tp_doc, less its signature line, as __doc__ in a static type's dict (test_descr test_doc_descriptor, vars(int)). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a built-in type's __dict__ holds its doc string without the signature line, as PyType_Ready puts it",
    file: "static_type_doc_entry.py",
    source: "# a built-in type's __dict__ holds its doc string without the signature line, as PyType_Ready puts it\nfor t in [int, list, dict, object, type, range, str]:\n    print(t.__name__, repr(t.__doc__)[:50], repr(t.__dict__.get('__doc__'))[:50], '__doc__' in t.__dict__)\nclass C: pass\nclass D:\n    \"doc\"\nprint(repr(C.__doc__), C.__dict__.get('__doc__', 'missing'), D.__dict__['__doc__'])\nprint(sorted(vars(int).keys())[:6])\n",
    stdout: "int \"int([x]) -> integer\\nint(x, base=10) -> integer\\n \"int([x]) -> integer\\nint(x, base=10) -> integer\\n True\nlist 'Built-in mutable sequence.\\n\\nIf no argument is g 'Built-in mutable sequence.\\n\\nIf no argument is g True\ndict \"dict() -> new empty dictionary\\ndict(mapping) ->  \"dict() -> new empty dictionary\\ndict(mapping) ->  True\nobject 'The base class of the class hierarchy.\\n\\nWhen ca 'The base class of the class hierarchy.\\n\\nWhen ca True\ntype \"type(object_or_name, bases, dict)\\ntype(object) - <attribute '__doc__' of 'type' objects> True\nrange 'range(stop) -> range object\\nrange(start, stop[,  'range(stop) -> range object\\nrange(start, stop[,  True\nstr \"str(object='') -> str\\nstr(bytes_or_buffer[, enco \"str(object='') -> str\\nstr(bytes_or_buffer[, enco True\nNone None doc\n['__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__divmod__']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("the __doc__ entry of built-in type dicts", CASES, [0, Number.POSITIVE_INFINITY]);
