// types.DynamicClassAttribute as Lib/types.py defines it, as CPython 3.8 runs it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "types.DynamicClassAttribute: instance access calls fget, class access raises AttributeError so __getattr__ answers",
    file: "builtins_01.py",
    source: "# types.DynamicClassAttribute: instance access calls fget, class access raises AttributeError so __getattr__ answers\nimport types\n\nclass Meta(type):\n    def __getattr__(cls, name):\n        return 'class-level ' + name\n\nclass Color(metaclass=Meta):\n    def __init__(self, v):\n        self._v = v\n    @types.DynamicClassAttribute\n    def value(self):\n        \"the value\"\n        return self._v\n    @value.setter\n    def value(self, v):\n        self._v = v * 2\n    @value.deleter\n    def value(self):\n        print('deleting')\n\nc = Color(3)\nprint(c.value, Color.value, Color.__dict__['value'].__doc__)\nc.value = 5\nprint(c.value)\ndel c.value\nd = Color.__dict__['value']\nprint(type(d).__name__, type(d).__module__, type(d).__qualname__, d.overwrite_doc, d.__isabstractmethod__)\nprint(sorted(vars(d)))\nbare = types.DynamicClassAttribute()\nfor call in [lambda: bare.__get__(c, Color), lambda: bare.__set__(c, 1), lambda: bare.__delete__(c), lambda: bare.__get__(None, Color)]:\n    try:\n        call()\n    except AttributeError as e:\n        print('AttributeError', repr(e))\nprint(repr(bare.__doc__), types.DynamicClassAttribute(doc='x').__doc__)\ng = types.DynamicClassAttribute(lambda self: 1, doc='given').getter(lambda self: 2)\nprint(g.__doc__, g.overwrite_doc)\n",
    stdout: "3 class-level value the value\n10\ndeleting\nDynamicClassAttribute types DynamicClassAttribute True False\n['__doc__', '__isabstractmethod__', 'fdel', 'fget', 'fset', 'overwrite_doc']\nAttributeError AttributeError('unreadable attribute')\nAttributeError AttributeError(\"can't set attribute\")\nAttributeError AttributeError(\"can't delete attribute\")\nAttributeError AttributeError()\nNone x\ngiven False\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "types.DynamicClassAttribute keeps __isabstractmethod__ of its getter and returns itself from the class when abstract",
    file: "builtins_02.py",
    source: "# types.DynamicClassAttribute keeps __isabstractmethod__ of its getter and returns itself from the class when abstract\nimport abc, types\n\nclass A(abc.ABC):\n    @types.DynamicClassAttribute\n    @abc.abstractmethod\n    def spam(self):\n        pass\nprint(A.spam is A.__dict__['spam'], A.__dict__['spam'].__isabstractmethod__, sorted(A.__abstractmethods__))\ntry:\n    A()\nexcept TypeError as e:\n    print(e)\nclass B(A):\n    @types.DynamicClassAttribute\n    def spam(self):\n        return 'ham'\nprint(B().spam)\ntry:\n    B.spam\nexcept AttributeError as e:\n    print('AttributeError', repr(e))\ntry:\n    types.DynamicClassAttribute(1, 2, 3, 4, 5)\nexcept TypeError as e:\n    print(e)\n",
    stdout: "True True ['spam']\nCan't instantiate abstract class A with abstract methods spam\nham\nAttributeError AttributeError()\n__init__() takes from 1 to 5 positional arguments but 6 were given\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("types.DynamicClassAttribute", CASES);
