// Library classes that CPython 3.8 writes in Python have the dict a class statement makes (__module__, no __new__, __dict__ and __weakref__ where the class adds them). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "contextlib's classes have a class statement's dict: __module__, no __new__, __dict__ and __weakref__ on the topmost class",
    file: "class_dicts_01.py",
    source: "# contextlib's classes have a class statement's dict: __module__, no __new__, __dict__ and __weakref__ on the topmost class\nimport contextlib, weakref\nfor cls in (contextlib._GeneratorContextManagerBase, contextlib._BaseExitStack, contextlib.ContextDecorator,\n            contextlib.redirect_stdout, contextlib.suppress, contextlib.closing):\n    d = vars(cls)\n    print(cls.__name__, d['__module__'], '__new__' in d, '__dict__' in d, '__weakref__' in d)\nprint(contextlib.redirect_stdout._stream, contextlib._GeneratorContextManagerBase.__init__.__qualname__)\ns = contextlib.suppress(KeyError)\nr = weakref.ref(s)\nprint(s.__weakref__ is r, vars(s))\n",
    stdout: "_GeneratorContextManagerBase contextlib False True True\n_BaseExitStack contextlib False True True\nContextDecorator contextlib False True True\nredirect_stdout contextlib False False False\nsuppress contextlib False False False\nclosing contextlib False False False\nstdout _GeneratorContextManagerBase.__init__\nTrue {'_exceptions': (<class 'KeyError'>,)}\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "warnings.WarningMessage has a class statement's dict, with _WARNING_DETAILS",
    file: "warning_message_02.py",
    source: "# warnings.WarningMessage has a class statement's dict, with _WARNING_DETAILS\nimport warnings\nd = vars(warnings.WarningMessage)\nprint(d['__module__'], d['_WARNING_DETAILS'], '__new__' in d, type(d['__init__']).__name__, type(d['__str__']).__name__)\nw = warnings.WarningMessage('msg', UserWarning, 'file.py', 3)\nprint(w, [getattr(w, n) for n in w._WARNING_DETAILS])\n",
    stdout: "warnings ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source') False function function\n{message : 'msg', category : 'UserWarning', filename : 'file.py', lineno : 3, line : None} ['msg', <class 'UserWarning'>, 'file.py', 3, None, None, None]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "library classes written in Python that add the instance dict and weak references have __dict__ and __weakref__ descriptors",
    file: "weak_dict_03.py",
    source: "# library classes written in Python that add the instance dict and weak references have __dict__ and __weakref__ descriptors\nimport functools, weakref, collections, random\nfor cls in (functools.cached_property, weakref.WeakSet, weakref.WeakKeyDictionary, weakref.WeakValueDictionary,\n            collections.Counter, random.Random):\n    d = vars(cls)\n    print(cls.__name__, d['__module__'], type(d.get('__dict__')).__name__, type(d.get('__weakref__')).__name__)\ns = weakref.WeakSet()\nr = weakref.ref(s)\nprint(s.__weakref__ is r, s.__dict__.keys() == vars(s).keys())\nclass C:\n    @functools.cached_property\n    def x(self):\n        return 5\np = vars(C)['x']\nprint(p.__weakref__)\n",
    stdout: "cached_property functools getset_descriptor getset_descriptor\nWeakSet _weakrefset getset_descriptor getset_descriptor\nWeakKeyDictionary weakref getset_descriptor getset_descriptor\nWeakValueDictionary weakref getset_descriptor getset_descriptor\nCounter collections getset_descriptor getset_descriptor\nRandom random getset_descriptor getset_descriptor\nTrue True\nNone\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("class dicts of library classes written in Python", CASES);
