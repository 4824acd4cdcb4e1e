/**
 * `contextvars.ContextVar` and `contextvars.Token`: a variable's value in the current context
 * (`get`), a new mapping for the context with it set (`set`, returning a Token remembering the
 * old value) and undoing that (`reset`), with CPython's hash (the address's hash XOR the
 * name's, so the variables' order in a context is CPython's), reprs and messages. Mirrors
 * CPython 3.8 Python/context.c (`PyContextVar_*`, `contextvar_*`, `token_*`, `Token.MISSING`).
 * @module
 */
import { PyMemberDescr } from './getset.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import * as E from './exceptions.ts';
import { hashObject, identityHash } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { mayBeTracked } from '../runtime/cycle-collector.ts';
import { staticAddress, allocateAddress } from '../runtime/memory.ts';
import { raiseWithArg, runtimeError, typeError, valueError } from '../runtime/errors.ts';
import { gcUntrack, selectivelyTracked } from '../runtime/gc-registry.ts';
import { IMMORTAL, PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { staticType, unhashable } from '../runtime/core-types.ts';
import { addClassMethods, addGetSets, addMethods, addValue } from '../runtime/type-defs.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { parseTupleAndKeywords } from '../runtime/clinic-args.ts';
import { tstate } from '../runtime/thread-state.ts';
import { hamtAssoc, hamtFind, hamtWithout, type PyHamt } from './hamt.ts';
import { contextGet, contextVarTypeRef, type PyContext } from './context.ts';

/** `PyContextVar_Type`. */
export const contextVarType: PyType = staticType({ name: 'ContextVar', basicsize: 64, flags: TPFLAGS_HAVE_GC });
contextVarTypeRef.type = contextVarType;
selectivelyTracked.add(contextVarType);

/** `PyContextToken_Type`. */
export const tokenType: PyType = staticType({ name: 'Token', basicsize: 48, flags: TPFLAGS_HAVE_GC });
unhashable.add(tokenType);

/** `PyContextTokenMissing_Type`, the type of `Token.MISSING`. */
const tokenMissingType: PyType = staticType({ name: 'MISSING', module: 'Token', basicsize: 16 });
markDottedTypeName(tokenMissingType);
tokenMissingType.repr = () => newStr('<Token.MISSING>');

/** `Token.MISSING`: made when the interpreter starts, so it lives in the static region here. */
const tokenMissing = new PyObject(tokenMissingType, staticAddress(16));
tokenMissing.refcnt = IMMORTAL;

/** `PyContextVar`: the name, the default (null: none) and the hash fixed at creation. */
export class PyContextVar extends PyObject {
  name: PyObject | null = null;
  defaultValue: PyObject | null = null;
  hash = 0n;
}

/** `PyContextToken`: the context and variable of a `set`, the value it replaced (null: none). */
export class PyContextToken extends PyObject {
  ctx: PyContext | null = null;
  var: PyContextVar | null = null;
  oldValue: PyObject | null = null;
  used = false;
}

/** `contextvar_new`: checks the name, hashes it with the new object's address. */
export function contextVarNew(name: PyObject, def: PyObject | null): PyContextVar {
  if (!(name instanceof PyStr)) throw typeError('context variable name must be a str');
  const v = new PyContextVar(contextVarType, allocateAddress(contextVarType));
  try {
    // `contextvar_generate_hash`: _Py_HashPointer(addr) ^ hash(name), -1 becoming -2.
    const h = identityHash(v) ^ hashObject(name);
    v.hash = h === -1n ? -2n : h;
  } catch (e) {
    freeObject(v);
    throw e;
  }
  v.name = incref(name);
  v.defaultValue = def === null ? null : incref(def);
  // Tracked only when what it holds could take part in a cycle.
  if (!mayBeTracked(name) && (def === null || !mayBeTracked(def))) gcUntrack(v);
  return v;
}

/** `PyContextVar_Get`: the value (new reference) in the current context, else `def`, else the default, else null. */
export function contextVarGet(v: PyContextVar, def: PyObject | null): PyObject | null {
  const ctx = tstate.context as PyContext | null;
  const found = ctx === null ? null : hamtFind(ctx.vars as PyHamt, v);
  const val = found ?? def ?? v.defaultValue;
  return val === null ? null : incref(val);
}

/** `contextvar_set`: the current context's mapping replaced by one with `v` set to `val`. */
function contextVarSetValue(v: PyContextVar, val: PyObject): void {
  const ctx = contextGet();
  const vars = hamtAssoc(ctx.vars as PyHamt, v, val);
  const old = ctx.vars;
  ctx.vars = vars;
  xdecref(old);
}

/** `contextvar_del`: LookupError(var) when it is not set in the current context. */
function contextVarDel(v: PyContextVar): void {
  const ctx = contextGet();
  const vars = ctx.vars as PyHamt;
  const created = hamtWithout(vars, v);
  if (created === vars) {
    xdecref(created);
    throw raiseWithArg(E.LookupError, v);
  }
  ctx.vars = created;
  xdecref(vars);
}

/** `PyContextVar_Set`: sets `v` in the current context; a new Token. */
export function contextVarSet(v: PyContextVar, val: PyObject): PyContextToken {
  const ctx = contextGet();
  const old = hamtFind(ctx.vars as PyHamt, v);
  const tok = new PyContextToken(tokenType, allocateAddress(tokenType));
  tok.ctx = incref(ctx);
  tok.var = incref(v);
  tok.oldValue = old === null ? null : incref(old);
  try {
    contextVarSetValue(v, val);
  } catch (e) {
    xdecref(tok);
    throw e;
  }
  return tok;
}

/** `PyContextVar_Reset`. */
export function contextVarReset(v: PyContextVar, tok: PyContextToken): void {
  if (tok.used) throw runtimeError(`${reprText(tok)} has already been used once`);
  if (tok.var !== v) throw valueError(`${reprText(tok)} was created by a different ContextVar`);
  if (contextGet() !== tok.ctx) throw valueError(`${reprText(tok)} was created in a different Context`);
  tok.used = true;
  if (tok.oldValue === null) contextVarDel(v);
  else contextVarSetValue(v, tok.oldValue);
}

// ContextVar slots.
const clearVar = (self: PyObject): void => {
  const v = self as PyContextVar;
  const name = v.name;
  const def = v.defaultValue;
  v.name = null;
  v.defaultValue = null;
  xdecref(name);
  xdecref(def);
};
contextVarType.clear = clearVar;
contextVarType.traverse = (self, visit) => {
  const v = self as PyContextVar;
  if (v.name !== null) visit(v.name);
  if (v.defaultValue !== null) visit(v.defaultValue);
};
contextVarType.dealloc = (self) => {
  clearVar(self);
  freeObject(self);
};
contextVarType.hash = (self) => (self as PyContextVar).hash;
contextVarType.repr = (self) => {
  const v = self as PyContextVar;
  let text = `<ContextVar name=${reprText(v.name as PyObject)}`;
  if (v.defaultValue !== null) text += ` default=${reprText(v.defaultValue)}`;
  return newStr(`${text} at 0x${self.address.toString(16)}>`);
};
contextVarType.new = (_type, args, kwnames) => {
  // `PyArg_ParseTupleAndKeywords(args, kwds, "O|$O:ContextVar", {"", "default"})`.
  const [name, def] = parseTupleAndKeywords('ContextVar', args, kwnames, ['', 'default'], 1, () => undefined, 1, 1);
  return contextVarNew(name as PyObject, def ?? null);
};

function asVar(self: PyObject): PyContextVar {
  if (self.type !== contextVarType) throw typeError('an instance of ContextVar was expected');
  return self as PyContextVar;
}

addMethods(contextVarType, [
  {
    name: 'get',
    kind: 'fast',
    doc: 'get($self, default=<unrepresentable>, /)\n--\n\nReturn a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError.',
    impl: (self, args) => {
      if (args.length > 1) throw typeError(`get expected at most 1 argument, got ${args.length}`);
      const v = asVar(self);
      const val = contextVarGet(v, args[0] ?? null);
      if (val === null) throw raiseWithArg(E.LookupError, v);
      return val;
    },
  },
  {
    name: 'set',
    kind: 'o',
    doc: 'set($self, value, /)\n--\n\nCall to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method.',
    impl: (self, args) => contextVarSet(asVar(self), args[0] as PyObject),
  },
  {
    name: 'reset',
    kind: 'o',
    doc: 'reset($self, token, /)\n--\n\nReset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used.',
    impl: (self, args) => {
      const token = args[0] as PyObject;
      if (token.type !== tokenType) throw typeError(`expected an instance of Token, got ${reprText(token)}`);
      contextVarReset(asVar(self), token as PyContextToken);
      return incref(None);
    },
  },
]);
addClassMethods(contextVarType, [{ name: '__class_getitem__', kind: 'o', impl: (cls) => incref(cls) }]);
addValue(contextVarType, 'name', () => new PyMemberDescr('name', contextVarType, 0, {
  read: (self) => incref((self as PyContextVar).name ?? None),
  doc: null,
}));

// Token slots.
const clearToken = (self: PyObject): void => {
  const t = self as PyContextToken;
  const refs = [t.ctx, t.var, t.oldValue];
  t.ctx = null;
  t.var = null;
  t.oldValue = null;
  for (const r of refs) xdecref(r);
};
tokenType.clear = clearToken;
tokenType.traverse = (self, visit) => {
  const t = self as PyContextToken;
  for (const r of [t.ctx, t.var, t.oldValue]) if (r !== null) visit(r);
};
tokenType.dealloc = (self) => {
  clearToken(self);
  freeObject(self);
};
tokenType.new = () => {
  throw runtimeError('Tokens can only be created by ContextVars');
};
tokenType.repr = (self) => {
  const t = self as PyContextToken;
  const used = t.used ? ' used' : '';
  return newStr(`<Token${used} var=${reprText(t.var as PyObject)} at 0x${self.address.toString(16)}>`);
};
addGetSets(tokenType, [
  { name: 'var', get: (self) => incref((self as PyContextToken).var ?? None) },
  { name: 'old_value', get: (self) => incref((self as PyContextToken).oldValue ?? tokenMissing) },
]);
addValue(tokenType, 'MISSING', () => tokenMissing);
