/**
 * Behaviour of the exception classes: construction (`args`), `str()`/`repr()`, the
 * `__traceback__`, `__context__`, `__cause__`, `__suppress_context__` attributes and
 * `with_traceback`, and the extra fields of StopIteration, SystemExit, ImportError and KeyError.
 * Mirrors CPython 3.8 Objects/exceptions.c.
 * @module
 */
import { reprText, str } from '../runtime/abstract-object.ts';
import { initExceptionFields } from '../runtime/errors.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { incref, xdecref, type PyObject } from '../runtime/object.ts';
import { addGetSets, addMethods, orderMethods } from '../runtime/type-defs.ts';
import { setAttr } from '../runtime/attributes.ts';
import { PyBaseException, deallocException, traverseException } from './exception-object.ts';
import * as E from './exceptions.ts';
import { False, True, newBool } from './int.ts';
import { None } from './singletons.ts';
import { dictCopy, dictItems, dictSetStr, isDict, newDict } from './dict.ts';
import { PyStr, newStr } from './str.ts';
import { addReadonlyMembers, type ReadonlyMemberDef } from './getset.ts';
import { PyTraceback } from './traceback.ts';
import { clearWeakrefs } from './weakref.ts';
import { PyTuple, newTuple } from './tuple.ts';

const base = E.BaseException;

base.new = (type, args, kwnames) => {
  const e = new PyBaseException(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  const positional = args.slice(0, args.length - (kwnames?.length ?? 0));
  e.args = newTuple(positional);
  return e;
};
/** `ImportError_init`'s keyword-only `name` and `path` (borrowed values), or the error for another. */
function importErrorKeywords(kwnames: readonly string[], values: readonly PyObject[]): Map<string, PyObject> {
  const kw = new Map<string, PyObject>();
  kwnames.forEach((k, i) => {
    if (k !== 'name' && k !== 'path') throw typeError(`'${k}' is an invalid keyword argument for ImportError()`);
    kw.set(k, values[i] as PyObject);
  });
  return kw;
}

/** `BaseException_init` (keywords refused, as `_PyArg_NoKeywords`), with `ImportError_init`'s. */
base.init = (self, args, kwnames) => {
  const e = self as PyBaseException;
  const nkw = kwnames?.length ?? 0;
  const positional = nkw > 0 ? args.slice(0, args.length - nkw) : args;
  const isImportError = e.type.isSubtype(E.ImportError);
  if (nkw > 0 && !isImportError) throw typeError(`${tpName(e.type)}() takes no keyword arguments`);
  const kw = kwnames !== null && nkw > 0 ? importErrorKeywords(kwnames, args.slice(args.length - nkw)) : null;
  const old = e.args;
  e.args = newTuple(positional);
  xdecref(old);
  initExceptionFields(e, positional);
  if (isImportError) {
    const { name, path } = e;
    e.name = kw?.has('name') === true ? incref(kw.get('name') as PyObject) : null;
    e.path = kw?.has('path') === true ? incref(kw.get('path') as PyObject) : null;
    xdecref(name);
    xdecref(path);
  }
};
// The exceptions of a library's class statements (asyncio's) take weak references, cleared
// first as `subtype_dealloc` clears them.
base.dealloc = (self) => {
  if (self.weakrefs !== null) clearWeakrefs(self);
  deallocException(self);
};
base.traverse = traverseException;
base.hasInstanceDict = true;

function argsOf(e: PyBaseException): readonly PyObject[] {
  return e.args instanceof PyTuple ? e.args.items : [];
}

base.str = (self) => {
  const args = argsOf(self as PyBaseException);
  if (args.length === 0) return newStr('');
  if (args.length === 1) return str(args[0] as PyObject);
  return str((self as PyBaseException).args as PyObject);
};
base.repr = (self) => {
  const e = self as PyBaseException;
  const args = argsOf(e);
  const name = e.type.name;
  if (args.length === 1) return newStr(`${name}(${reprText(args[0] as PyObject)})`);
  return newStr(`${name}${reprText(e.args ?? newTuple([]))}`);
};

E.KeyError.str = (self) => {
  const args = argsOf(self as PyBaseException);
  if (args.length === 1) return newStr(reprText(args[0] as PyObject));
  return (base.str as (o: PyObject) => PyObject)(self);
};

E.ImportError.str = (self) => {
  const e = self as PyBaseException;
  if (e.msg !== null && e.msg !== None) return str(e.msg);
  return (base.str as (o: PyObject) => PyObject)(self);
};

/** A T_OBJECT member stored in a field: None when NULL; settable and deletable. */
function fieldMember(name: string, field: 'value' | 'msg' | 'name' | 'path', doc: string): ReadonlyMemberDef {
  return {
    name,
    doc,
    read: (self: PyObject) => incref((self as PyBaseException)[field] ?? None),
    write: (self: PyObject, value: PyObject | null) => {
      const e = self as PyBaseException;
      const old = e[field];
      e[field] = value === null ? null : incref(value);
      xdecref(old);
    },
  };
}

// `BaseException_members`: `__suppress_context__` is a T_BOOL member.
addReadonlyMembers(base, [
  {
    name: '__suppress_context__',
    read: (self) => newBool((self as PyBaseException).suppressContext),
    write: (self, value) => {
      if (value === null) throw typeError("can't delete numeric/char attribute");
      if (value !== True && value !== False) throw typeError('attribute value type must be bool');
      (self as PyBaseException).suppressContext = value === True;
    },
  },
]);

addGetSets(base, [
  {
    // `PyObject_GenericGetDict`/`PyObject_GenericSetDict`: the instance dict, made on first use.
    name: '__dict__',
    get: (self) => {
      if (self.dict === null) self.dict = newDict();
      return incref(self.dict);
    },
    set: (self, value) => {
      if (value === null) throw typeError('cannot delete __dict__');
      if (!isDict(value)) throw typeError(`__dict__ must be set to a dictionary, not a '${tpName(value.type)}'`);
      const old = self.dict;
      self.dict = incref(value);
      xdecref(old);
    },
  },
  {
    name: 'args',
    get: (self) => incref((self as PyBaseException).args ?? None),
    set: (self, value) => {
      if (value === null) throw typeError('args may not be deleted');
      const e = self as PyBaseException;
      const old = e.args;
      e.args = sequenceTuple(value);
      xdecref(old);
    },
  },
  {
    name: '__traceback__',
    get: (self) => incref((self as PyBaseException).traceback ?? None),
    set: (self, value) => {
      if (value === null) throw typeError('__traceback__ may not be deleted');
      if (value !== None && !(value instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
      const e = self as PyBaseException;
      const old = e.traceback;
      e.traceback = value === None ? null : incref(value);
      xdecref(old);
    },
  },
  {
    name: '__context__',
    doc: 'exception context',
    get: (self) => incref((self as PyBaseException).context ?? None),
    set: (self, value) => {
      if (value === null) throw typeError('__context__ may not be deleted');
      if (value !== None && !(value instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
      const e = self as PyBaseException;
      const old = e.context;
      e.context = value === None ? null : incref(value);
      xdecref(old);
    },
  },
  {
    name: '__cause__',
    doc: 'exception cause',
    get: (self) => incref((self as PyBaseException).cause ?? None),
    set: (self, value) => {
      if (value === null) throw typeError('__cause__ may not be deleted');
      if (value !== None && !(value instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
      const e = self as PyBaseException;
      e.suppressContext = true;
      const old = e.cause;
      e.cause = value === None ? null : incref(value);
      xdecref(old);
    },
  },
]);

// `BaseException_methods`' order: `__reduce__`, `__setstate__`, `with_traceback`.
orderMethods(base, '__reduce__ __setstate__ with_traceback');
addMethods(base, [
  {
    name: 'with_traceback', kind: 'o',
    doc: 'Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.',
    impl: (self, args) => {
      const tb = args[0] as PyObject;
      if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
      const e = self as PyBaseException;
      const old = e.traceback;
      e.traceback = tb === None ? null : incref(tb);
      xdecref(old);
      return incref(self);
    },
  },
  {
    // `BaseException_reduce`: (type, args) and the instance dict when there is one.
    name: '__reduce__', kind: 'noargs',
    impl: (self) => {
      const e = self as PyBaseException;
      const args = e.args ?? None;
      return newTuple(e.args !== null && e.dict !== null ? [e.type, args, e.dict] : [e.type, args]);
    },
  },
  {
    // `BaseException_setstate`: every item of a dict state becomes an attribute.
    name: '__setstate__', kind: 'o',
    impl: (self, args) => {
      const state = args[0] as PyObject;
      if (state === None) return incref(None);
      if (!isDict(state)) throw typeError('state is not a dictionary');
      for (const [key, value] of dictItems(state)) {
        if (!(key instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(key.type)}'`);
        incref(key);
        incref(value);
        try {
          setAttr(self, key, value);
        } finally {
          xdecref(key);
          xdecref(value);
        }
      }
      return incref(None);
    },
  },
]);

// `ImportError_reduce`: the state adds `name` and `path` to a copy of the instance dict.
addMethods(E.ImportError, [
  {
    name: '__reduce__', kind: 'noargs',
    impl: (self) => {
      const e = self as PyBaseException;
      let state: PyObject | null = e.dict === null ? null : incref(e.dict);
      if (e.name !== null || e.path !== null) {
        const d = e.dict === null ? newDict() : dictCopy(e.dict);
        if (e.name !== null) dictSetStr(d, 'name', e.name);
        if (e.path !== null) dictSetStr(d, 'path', e.path);
        xdecref(state);
        state = d;
      }
      const args = e.args ?? None;
      if (state === null) return newTuple([e.type, args]);
      const res = newTuple([e.type, args, state]);
      xdecref(state);
      return res;
    },
  },
]);

addReadonlyMembers(E.StopIteration, [fieldMember('value', 'value', 'generator return value')]);
addReadonlyMembers(E.SystemExit, [fieldMember('code', 'value', 'exception code')]);
addReadonlyMembers(E.ImportError, [
  fieldMember('msg', 'msg', 'exception message'), fieldMember('name', 'name', 'module name'), fieldMember('path', 'path', 'module path'),
]);

/** `tuple(value)` for `args` assignment; installed by the containers (avoids a cycle). */
let sequenceTuple: (value: PyObject) => PyObject = (value) => (value instanceof PyTuple ? incref(value) : newTuple([value]));

/** Installs the tuple conversion used by `args` assignment. */
export function setSequenceTuple(fn: (value: PyObject) => PyObject): void {
  sequenceTuple = fn;
}


// The exceptions with extra members, and the SyntaxError printing that reads them.
import './exception-fields.ts';
import './syntax-error-print.ts';
import { tpName } from '../runtime/type-name.ts';
