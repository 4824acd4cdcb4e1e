/**
 * `collections.UserList`: a MutableSequence over the list in its `data` attribute, made on first
 * use as a heap class of `abc.ABCMeta`. Every method does what the Python source does with
 * `self.data` (so subclasses that replace `data` or override methods behave as in CPython).
 * Mirrors CPython 3.8 Lib/collections/__init__.py (### UserList ###).
 * @module
 */
import { newBool, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { PySlice, newSlice } from '../objects/slice.ts';
import { EQ, GE, GT, LE, LT, richCompare } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem, lengthObject, setItem } from '../runtime/abstract-item.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { binaryOp, inplaceOp } from '../runtime/abstract-number.ts';
import { repr } from '../runtime/abstract-object.ts';
import { asBuiltinCall, asPythonFrame } from '../runtime/recursion-levels.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs, bindVarArgs } from './abc-function.ts';
import { abcMetaType } from './abc-meta.ts';
import { abcClass, arg, pyDef, pyIsInstance } from './collections-abc-support.ts';
import { copyInstance, dataCall, newOfClass, withData } from './user-support.ts';

const fn = (def: ReturnType<typeof pyDef>): ClassEntry => ({ kind: 'function', def });


/** `list(o)` as a new reference. */
function toList(o: PyObject): PyObject {
  return newListStealing(iterableToArray(o));
}

/** `self.data = value` (value borrowed). */
function setData(self: PyObject, value: PyObject): void {
  setAttrString(self, 'data', value);
}

function userListBody(cls: () => PyType): ClassEntry[] {
  const isUserList = (o: PyObject): boolean => pyIsInstance(o, cls());
  /** The body of `__cast(self, other)`: `other.data` for a UserList, else `other` (a new reference). */
  const castBody = (other: PyObject): PyObject => (isUserList(other) ? getAttrString(other, 'data') : incref(other));
  /** `self.__cast(other)`: a call of that Python method, which runs a frame (a recursion level). */
  const cast = (other: PyObject): PyObject => asPythonFrame(() => castBody(other));
  const compare = (name: string, op: number): ClassEntry => fn(pyDef(name, ['self', 'other'], (a) => withData(arg(a, 0), (d) => {
    const other = cast(arg(a, 1));
    try {
      return richCompare(d, other, op);
    } finally {
      decref(other);
    }
  })));
  /** `data OP other.data`, `data OP other` or `data OP list(other)`, by the type of `other`. */
  const combined = (self: PyObject, other: PyObject, combine: (d: PyObject, o: PyObject) => PyObject): PyObject => withData(self, (d) => {
    let rhs: PyObject;
    if (isUserList(other)) rhs = getAttrString(other, 'data');
    else if (pyIsInstance(other, d.type)) rhs = incref(other);
    else rhs = toList(other);
    try {
      return combine(d, rhs);
    } finally {
      decref(rhs);
    }
  });
  return [
    fn(pyDef('__init__', ['self', 'initlist'], (a) => {
      const self = arg(a, 0);
      const initlist = a[1] ?? None;
      const empty = newListStealing([]);
      setData(self, empty);
      decref(empty);
      if (initlist === None) return incref(None);
      withData(self, (d) => {
        const all = newSlice(None, None, None);
        try {
          if (initlist.type === d.type) setItem(d, all, initlist);
          else if (isUserList(initlist)) {
            const copy = withData(initlist, (other) => getItem(other, all));
            try {
              setItem(d, all, copy);
            } finally {
              decref(copy);
            }
          } else {
            const list = toList(initlist);
            setData(self, list);
            decref(list);
          }
        } finally {
          decref(all);
        }
      });
      return incref(None);
    }, { ndefaults: 1 })),
    // `repr(self.data)`: a builtin call, one recursion level around the repr's own.
    fn(pyDef('__repr__', ['self'], (a) => withData(arg(a, 0), (d) => asBuiltinCall(() => repr(d))))),
    compare('__lt__', LT),
    compare('__le__', LE),
    compare('__eq__', EQ),
    compare('__gt__', GT),
    compare('__ge__', GE),
    fn(pyDef('_UserList__cast', ['self', 'other'], (a) => castBody(arg(a, 1)))),
    fn(pyDef('__contains__', ['self', 'item'], (a) => withData(arg(a, 0), (d) => newBool(contains(d, arg(a, 1)))))),
    fn(pyDef('__len__', ['self'], (a) => withData(arg(a, 0), (d) => asBuiltinCall(() => lengthObject(d))))),
    fn(pyDef('__getitem__', ['self', 'i'], (a) => {
      const self = arg(a, 0);
      const i = arg(a, 1);
      const item = withData(self, (d) => getItem(d, i));
      if (!(i instanceof PySlice)) return item;
      try {
        return newOfClass(self, item);
      } finally {
        decref(item);
      }
    })),
    fn(pyDef('__setitem__', ['self', 'i', 'item'], (a) => {
      withData(arg(a, 0), (d) => { setItem(d, arg(a, 1), arg(a, 2)); });
      return incref(None);
    })),
    fn(pyDef('__delitem__', ['self', 'i'], (a) => {
      withData(arg(a, 0), (d) => { deleteItem(d, arg(a, 1)); });
      return incref(None);
    })),
    fn(pyDef('__add__', ['self', 'other'], (a) => {
      const sum = combined(arg(a, 0), arg(a, 1), (d, o) => binaryOp(d, o, 'add'));
      try {
        return newOfClass(arg(a, 0), sum);
      } finally {
        decref(sum);
      }
    })),
    fn(pyDef('__radd__', ['self', 'other'], (a) => {
      const sum = combined(arg(a, 0), arg(a, 1), (d, o) => binaryOp(o, d, 'add'));
      try {
        return newOfClass(arg(a, 0), sum);
      } finally {
        decref(sum);
      }
    })),
    fn(pyDef('__iadd__', ['self', 'other'], (a) => {
      const self = arg(a, 0);
      const sum = combined(self, arg(a, 1), (d, o) => inplaceOp(d, o, 'add'));
      try {
        setData(self, sum);
      } finally {
        decref(sum);
      }
      return incref(self);
    })),
    fn(pyDef('__mul__', ['self', 'n'], (a) => {
      const product = withData(arg(a, 0), (d) => binaryOp(d, arg(a, 1), 'multiply'));
      try {
        return newOfClass(arg(a, 0), product);
      } finally {
        decref(product);
      }
    })),
    { kind: 'alias', name: '__rmul__', of: '__mul__' },
    fn(pyDef('__imul__', ['self', 'n'], (a) => {
      const self = arg(a, 0);
      const product = withData(self, (d) => inplaceOp(d, arg(a, 1), 'multiply'));
      try {
        setData(self, product);
      } finally {
        decref(product);
      }
      return incref(self);
    })),
    fn(pyDef('__copy__', ['self'], (a) => copyInstance(arg(a, 0), (data) => {
      const all = newSlice(None, None, None);
      try {
        return getItem(data, all);
      } finally {
        decref(all);
      }
    }))),
    fn(pyDef('append', ['self', 'item'], (a) => discard(dataCall(arg(a, 0), 'append', [arg(a, 1)])))),
    fn(pyDef('insert', ['self', 'i', 'item'], (a) => discard(dataCall(arg(a, 0), 'insert', [arg(a, 1), arg(a, 2)])))),
    fn(pyDef('pop', ['self', 'i'], (a) => {
      const i = a[1] ?? newInt(-1);
      try {
        return dataCall(arg(a, 0), 'pop', [i]);
      } finally {
        if (a[1] === undefined) decref(i);
      }
    }, { ndefaults: 1 })),
    fn(pyDef('remove', ['self', 'item'], (a) => discard(dataCall(arg(a, 0), 'remove', [arg(a, 1)])))),
    fn(pyDef('clear', ['self'], (a) => discard(dataCall(arg(a, 0), 'clear', [])))),
    fn(pyDef('copy', ['self'], (a) => newOfClass(arg(a, 0), arg(a, 0)))),
    fn(pyDef('count', ['self', 'item'], (a) => dataCall(arg(a, 0), 'count', [arg(a, 1)]))),
    {
      kind: 'function',
      def: {
        name: 'index',
        impl: (args, kwnames) => {
          const [[self, item], rest] = bindVarArgs('index', args, kwnames, ['self', 'item']);
          return dataCall(self as PyObject, 'index', [item as PyObject, ...rest]);
        },
      },
    },
    fn(pyDef('reverse', ['self'], (a) => discard(dataCall(arg(a, 0), 'reverse', [])))),
    {
      kind: 'function',
      def: {
        name: 'sort',
        impl: (args, kwnames) => {
          // `sort(self, /, *args, **kwds)`.
          const nkw = kwnames?.length ?? 0;
          const npos = args.length - nkw;
          if (npos === 0) bindArgs('sort', [], null, ['self']);
          const self = args[0] as PyObject;
          const data = getAttrString(self, 'data');
          try {
            const method = getAttrString(data, 'sort');
            try {
              return discard(callObject(method, args.slice(1), kwnames));
            } finally {
              decref(method);
            }
          } finally {
            decref(data);
          }
        },
      },
    },
    fn(pyDef('extend', ['self', 'other'], (a) => {
      const other = arg(a, 1);
      if (isUserList(other)) {
        const od = getAttrString(other, 'data');
        try {
          return discard(dataCall(arg(a, 0), 'extend', [od]));
        } finally {
          decref(od);
        }
      }
      return discard(dataCall(arg(a, 0), 'extend', [other]));
    })),
  ];
}

/** Drops a result and returns None (the Python methods that return nothing). */
function discard(result: PyObject): PyObject {
  decref(result);
  return incref(None);
}

/**
 * Makes `collections.UserList` (collections.abc must be imported).
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/collections/__init__.py `class UserList`
 */
export function makeUserList(): PyType {
  let made: PyType | null = null;
  made = makeClass({
    name: 'UserList', module: 'collections', meta: abcMetaType, bases: [abcClass('MutableSequence')],
    doc: 'A more or less complete user-defined wrapper around list objects.',
    body: userListBody(() => made as PyType),
  });
  return made;
}
