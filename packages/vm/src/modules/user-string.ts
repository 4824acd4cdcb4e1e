/**
 * `collections.UserString`: a Sequence over the str in its `data` attribute, made on first use as
 * a heap class of `abc.ABCMeta`. The str methods are a table: each calls the same method of
 * `self.data` with the arguments the Python source passes (its defaults made explicit), and
 * either returns the result or wraps it in `self.__class__`. Mirrors CPython 3.8
 * Lib/collections/__init__.py (### UserString ###).
 * @module
 */
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { complexType } from '../objects/complex.ts';
import { floatType } from '../objects/float.ts';
import { intType, newBool, newInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr, strType } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { EQ, GE, GT, LE, LT, hashObject, richCompare } from '../runtime/abstract-compare.ts';
import { contains, getItem, lengthObject } from '../runtime/abstract-item.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { repr, str } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { newSlice } from '../objects/slice.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs, bindVarArgs, type ClassFunctionDef } from './abc-function.ts';
import { abcMetaType } from './abc-meta.ts';
import { abcClass, pyIsInstance } from './collections-abc-support.ts';
import { dataCall, newOfClass, withData } from './user-support.ts';
import { hashToInt } from '../runtime/slot-table.ts';

/** A default value of a Python parameter, made when the call needs it. */
type Default = () => PyObject;
const zero: Default = () => newInt(0);
const maxsize: Default = () => newInt(2n ** 63n - 1n);
const none: Default = () => incref(None);

/** One delegating method: `def name(self, params...): [self.__class__](self.data.name(params...))`. */
interface Delegate {
  readonly name: string;
  readonly params: readonly string[];
  readonly defaults?: readonly Default[];
  /** `*args` after the named parameters. */
  readonly varargs?: boolean;
  /** Wraps the result in `self.__class__`. */
  readonly wrap: boolean;
  /** Parameter positions where a UserString is replaced by its `data` first. */
  readonly unwrap?: readonly number[];
}

const D = (name: string, wrap: boolean, params: readonly string[] = [], extra: Partial<Delegate> = {}): Delegate => ({ name, wrap, params, ...extra });
const RANGE = { defaults: [zero, maxsize] };

/** The str methods of UserString, in the order of the class body. */
const DELEGATES: readonly (Delegate | 'encode' | 'format' | 'maketrans')[] = [
  D('capitalize', true), D('casefold', true), D('center', true, ['width'], { varargs: true }),
  D('count', false, ['sub', 'start', 'end'], { ...RANGE, unwrap: [0] }), 'encode',
  D('endswith', false, ['suffix', 'start', 'end'], RANGE), D('expandtabs', true, ['tabsize'], { defaults: [() => newInt(8)] }),
  D('find', false, ['sub', 'start', 'end'], { ...RANGE, unwrap: [0] }), 'format', D('format_map', false, ['mapping']),
  D('index', false, ['sub', 'start', 'end'], RANGE),
  ...['isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'].map((n) => D(n, false)),
  D('join', false, ['seq']), D('ljust', true, ['width'], { varargs: true }), D('lower', true),
  D('lstrip', true, ['chars'], { defaults: [none] }), 'maketrans', D('partition', false, ['sep']),
  D('replace', true, ['old', 'new', 'maxsplit'], { defaults: [() => newInt(-1)], unwrap: [0, 1] }),
  D('rfind', false, ['sub', 'start', 'end'], { ...RANGE, unwrap: [0] }), D('rindex', false, ['sub', 'start', 'end'], RANGE),
  D('rjust', true, ['width'], { varargs: true }), D('rpartition', false, ['sep']), D('rstrip', true, ['chars'], { defaults: [none] }),
  D('split', false, ['sep', 'maxsplit'], { defaults: [none, () => newInt(-1)] }),
  D('rsplit', false, ['sep', 'maxsplit'], { defaults: [none, () => newInt(-1)] }),
  D('splitlines', false, ['keepends'], { defaults: [() => newBool(false)] }),
  D('startswith', false, ['prefix', 'start', 'end'], RANGE), D('strip', true, ['chars'], { defaults: [none] }),
  D('swapcase', true), D('title', true), D('translate', true, [], { varargs: true }), D('upper', true), D('zfill', true, ['width']),
];

/** Calls `self.data.<name>(*args)` and wraps the result in `self.__class__` when asked. */
function delegateCall(self: PyObject, name: string, args: readonly PyObject[], wrap: boolean): PyObject {
  const result = dataCall(self, name, args);
  if (!wrap) return result;
  try {
    return newOfClass(self, result);
  } finally {
    decref(result);
  }
}

function userStringBody(cls: () => PyType, maketrans: PyObject): ClassEntry[] {
  const isUserString = (o: PyObject): boolean => pyIsInstance(o, cls());
  /** `x.data` for a UserString, else `x` (a new reference). */
  const unwrapped = (x: PyObject): PyObject => (isUserString(x) ? getAttrString(x, 'data') : incref(x));
  const def = (name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject, ndefaults = 0): ClassEntry => ({
    kind: 'function',
    def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, ['self', ...params], ndefaults)) },
  });
  const self0 = (a: readonly (PyObject | undefined)[]): PyObject => a[0] as PyObject;
  const arg1 = (a: readonly (PyObject | undefined)[]): PyObject => a[1] as PyObject;
  const convert = (name: string, type: PyType): ClassEntry => def(name, [], (a) => withData(self0(a), (d) => callObject(type, [d])));
  const compare = (name: string, op: number): ClassEntry => def(name, ['string'], (a) => withData(self0(a), (d) => {
    const other = unwrapped(arg1(a));
    try {
      return richCompare(d, other, op);
    } finally {
      decref(other);
    }
  }));
  const wrapResult = (a: readonly (PyObject | undefined)[], make: (d: PyObject) => PyObject): PyObject => {
    const r = withData(self0(a), make);
    try {
      return newOfClass(self0(a), r);
    } finally {
      decref(r);
    }
  };
  const entries: ClassEntry[] = [
    def('__init__', ['seq'], (a) => {
      const seq = arg1(a);
      let data: PyObject;
      // `isinstance(seq, str)`: a builtin call, one recursion level.
      if (asBuiltinCall(() => seq instanceof PyStr)) data = incref(seq);
      else if (isUserString(seq)) data = withData(seq, (d) => sliceAll(d));
      else data = str(seq);
      try {
        setAttrString(self0(a), 'data', data);
      } finally {
        decref(data);
      }
      return incref(None);
    }),
    def('__str__', [], (a) => withData(self0(a), (d) => str(d))),
    def('__repr__', [], (a) => withData(self0(a), (d) => repr(d))),
    convert('__int__', intType),
    convert('__float__', floatType),
    convert('__complex__', complexType),
    def('__hash__', [], (a) => withData(self0(a), (d) => hashToInt(hashObject(d)))),
    def('__getnewargs__', [], (a) => newTupleStealing([withData(self0(a), (d) => sliceAll(d))])),
    compare('__eq__', EQ),
    compare('__lt__', LT),
    compare('__le__', LE),
    compare('__gt__', GT),
    compare('__ge__', GE),
    def('__contains__', ['char'], (a) => withData(self0(a), (d) => {
      const c = unwrapped(arg1(a));
      try {
        return newBool(contains(d, c));
      } finally {
        decref(c);
      }
    })),
    def('__len__', [], (a) => withData(self0(a), (d) => lengthObject(d))),
    def('__getitem__', ['index'], (a) => wrapResult(a, (d) => getItem(d, arg1(a)))),
    def('__add__', ['other'], (a) => wrapResult(a, (d) => {
      const other = arg1(a);
      const rhs = isUserString(other) ? getAttrString(other, 'data') : other instanceof PyStr ? incref(other) : str(other);
      try {
        return binaryOp(d, rhs, 'add');
      } finally {
        decref(rhs);
      }
    })),
    def('__radd__', ['other'], (a) => wrapResult(a, (d) => {
      const other = arg1(a);
      const lhs = other instanceof PyStr ? incref(other) : str(other);
      try {
        return binaryOp(lhs, d, 'add');
      } finally {
        decref(lhs);
      }
    })),
    def('__mul__', ['n'], (a) => wrapResult(a, (d) => binaryOp(d, arg1(a), 'multiply'))),
    { kind: 'alias', name: '__rmul__', of: '__mul__' },
    def('__mod__', ['args'], (a) => wrapResult(a, (d) => binaryOp(d, arg1(a), 'remainder'))),
    def('__rmod__', ['template'], (a) => {
      const template = str(arg1(a));
      let r: PyObject;
      try {
        r = binaryOp(template, self0(a), 'remainder');
      } finally {
        decref(template);
      }
      try {
        return newOfClass(self0(a), r);
      } finally {
        decref(r);
      }
    }),
  ];
  for (const d of DELEGATES) {
    if (d === 'encode') entries.push({ kind: 'function', def: encodeDef });
    else if (d === 'format') entries.push({ kind: 'function', def: formatDef });
    else if (d === 'maketrans') entries.push({ kind: 'value', name: 'maketrans', value: maketrans });
    else entries.push({ kind: 'function', def: delegateDef(d, unwrapped) });
  }
  return entries;
}

/** `self.data[:]`. */
function sliceAll(d: PyObject): PyObject {
  const all = newSlice(None, None, None);
  try {
    return getItem(d, all);
  } finally {
    decref(all);
  }
}

/** The function for one table entry. */
function delegateDef(d: Delegate, unwrapped: (x: PyObject) => PyObject): ClassFunctionDef {
  const params = ['self', ...d.params];
  const defaults = d.defaults ?? [];
  return {
    name: d.name,
    impl: (args, kwnames) => {
      const [bound, rest] = d.varargs === true ? bindVarArgs(d.name, args, kwnames, params, defaults.length) : [bindArgs(d.name, args, kwnames, params, defaults.length), []];
      const owned: PyObject[] = [];
      try {
        const callArgs = d.params.map((_, i) => {
          let v = bound[i + 1];
          if (v === undefined) {
            v = (defaults[i - (d.params.length - defaults.length)] as Default)();
            owned.push(v);
          }
          if (d.unwrap?.includes(i) === true) {
            v = unwrapped(v);
            owned.push(v);
          }
          return v;
        });
        return delegateCall(bound[0] as PyObject, d.name, [...callArgs, ...rest], d.wrap);
      } finally {
        for (const o of owned) decref(o);
      }
    },
  };
}

/** `encode(self, encoding='utf-8', errors='strict')`, where None means the default. */
const encodeDef: ClassFunctionDef = {
  name: 'encode',
  impl: (args, kwnames) => {
    const [self, encoding, errors] = bindArgs('encode', args, kwnames, ['self', 'encoding', 'errors'], 2);
    const enc = encoding === undefined || encoding === None ? newStr('utf-8') : incref(encoding);
    const err = errors === undefined || errors === None ? newStr('strict') : incref(errors);
    try {
      return dataCall(self as PyObject, 'encode', [enc, err]);
    } finally {
      decref(enc);
      decref(err);
    }
  },
};

/** `format(self, /, *args, **kwds)`: `self.data.format(*args, **kwds)`. */
const formatDef: ClassFunctionDef = {
  name: 'format',
  impl: (args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos === 0) bindArgs('format', [], null, ['self']);
    return withData(args[0] as PyObject, (d) => {
      const method = getAttrString(d, 'format');
      try {
        return callObject(method, args.slice(1), kwnames);
      } finally {
        decref(method);
      }
    });
  },
};

/**
 * Makes `collections.UserString` (collections.abc must be imported).
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/collections/__init__.py `class UserString`
 */
export function makeUserString(): PyType {
  let made: PyType | null = null;
  // `maketrans = str.maketrans`.
  const maketrans = getAttrString(strType, 'maketrans');
  try {
    made = makeClass({
      name: 'UserString', module: 'collections', meta: abcMetaType, bases: [abcClass('Sequence')],
      body: userStringBody(() => made as PyType, maketrans),
    });
  } finally {
    decref(maketrans);
  }
  return made;
}
