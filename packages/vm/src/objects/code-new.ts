/**
 * Code objects made from their parts: `types.CodeType(...)` (`code_new`) and `code.replace(...)`
 * (`code_replace`), with CPython 3.8's argument checks and messages. The bytecode is taken as
 * given, as CPython takes it.
 *
 * @see CPython 3.8 Objects/codeobject.c `code_new`, `code_replace_impl`, `PyCode_NewWithPosOnlyArgs`
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import { parseArgs, checkTupleArgCount } from '../runtime/clinic-args.ts';
import { raiseMessage, typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { PyBytes } from './bytes.ts';
import { CO_NOFREE, CO_VARARGS, CO_VARKEYWORDS, CodeField, PyCode, codeType } from './code.ts';
import { codeField } from './frame-attributes.ts';
import * as E from './exceptions.ts';
import { formatIntArg, intArg } from './list-methods.ts';
import { PyStr } from './str.ts';
import { PyTuple, emptyTuple, newTupleStealing } from './tuple.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { sizeOf } from './object-type.ts';

/**
 * The fields of a code object as given (objects borrowed), before the checks of
 * `PyCode_NewWithPosOnlyArgs`: the counts, flags and names of {@link CodeObject}, and the members
 * the new code object holds as objects.
 */
type CodeParts = Pick<CodeObject, 'argcount' | 'posonlyargcount' | 'kwonlyargcount' | 'nlocals' | 'stacksize' | 'flags' | 'filename' | 'name' | 'firstlineno'>
  & { readonly [K in 'code' | 'lnotab']: PyBytes }
  & { readonly [K in 'consts' | 'names' | 'varnames' | 'freevars' | 'cellvars']: PyTuple };

/** The strs of a names tuple (`validate_and_copy_tuple`'s check). */
function nameTuple(t: PyTuple): string[] {
  return t.items.map((item) => {
    if (!(item instanceof PyStr)) throw typeError(`name tuples must contain only strings, not '${tpName(item.type)}'`);
    return item.value;
  });
}

/**
 * `PyCode_NewWithPosOnlyArgs`: the new code object (a new reference), holding the objects it was
 * given. Like CPython it sets or clears CO_NOFREE from the cell and free variables, whatever the
 * flags given say, and refuses varnames too short for the arguments the counts and flags name.
 */
function makeCode(parts: CodeParts): PyCode {
  const { argcount, kwonlyargcount } = parts;
  if (argcount < parts.posonlyargcount || parts.posonlyargcount < 0 || kwonlyargcount < 0 || parts.nlocals < 0 || parts.stacksize < 0 || parts.flags < 0) {
    throw raiseMessage(E.SystemError, 'Objects/codeobject.c:130: bad argument to internal function');
  }
  const flags = parts.cellvars.items.length === 0 && parts.freevars.items.length === 0 ? parts.flags | CO_NOFREE : parts.flags & ~CO_NOFREE;
  const nVarnames = parts.varnames.items.length;
  const totalArgs = argcount <= nVarnames && kwonlyargcount <= nVarnames
    ? argcount + kwonlyargcount + (flags & CO_VARARGS ? 1 : 0) + (flags & CO_VARKEYWORDS ? 1 : 0)
    : nVarnames + 1;
  if (totalArgs > nVarnames) throw valueError('code: varnames is too small');
  const co: CodeObject = {
    argcount: parts.argcount,
    posonlyargcount: parts.posonlyargcount,
    kwonlyargcount: parts.kwonlyargcount,
    nlocals: parts.nlocals,
    stacksize: parts.stacksize,
    flags,
    code: parts.code.value,
    // The constants are the tuple's objects; the compiler's form is not kept.
    consts: [],
    names: nameTuple(parts.names),
    varnames: nameTuple(parts.varnames),
    freevars: nameTuple(parts.freevars),
    cellvars: nameTuple(parts.cellvars),
    filename: parts.filename,
    name: parts.name,
    firstlineno: parts.firstlineno,
    lnotab: parts.lnotab.value,
  };
  const made = new PyCode(co, parts.consts.items);
  const held: readonly (readonly [number, PyObject])[] = [
    [CodeField.Code, parts.code], [CodeField.Consts, parts.consts], [CodeField.Names, parts.names], [CodeField.Varnames, parts.varnames],
    [CodeField.Freevars, parts.freevars], [CodeField.Cellvars, parts.cellvars], [CodeField.Lnotab, parts.lnotab],
  ];
  for (const [slot, o] of held) made.fields[slot] = incref(o);
  return made;
}

/** `validate_and_copy_tuple`: a new tuple of the same strs (a new reference). */
function copyNames(t: PyTuple): PyTuple {
  nameTuple(t);
  return newTupleStealing(t.items.map((n) => incref(n)));
}

/** `PyArg_ParseTuple`'s `O!`/`S`/`U` check of argument `n` (1-based) of `fname()`. */
function typed<T extends PyObject>(fname: string, n: number, o: PyObject, cls: abstract new (...a: never[]) => T, what: string): T {
  if (!(o instanceof cls)) throw typeError(`${fname}() argument ${n} must be ${what}, not ${argTypeName(o)}`);
  return o;
}

// `code_new`: `code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags,
// codestring, constants, names, varnames, filename, name, firstlineno, lnotab[, freevars[, cellvars]])`,
// parsed as "iiiiiiSO!O!O!UUiS|O!O!:code" (keywords are ignored).
codeType.new = (_type, args, kwnames) => {
  const a = args.slice(0, args.length - (kwnames?.length ?? 0));
  checkTupleArgCount('code', a.length, 14, 16);
  const ints = a.slice(0, 6).map(formatIntArg) as [number, number, number, number, number, number];
  const code = typed('code', 7, a[6] as PyObject, PyBytes, 'bytes');
  const consts = typed('code', 8, a[7] as PyObject, PyTuple, 'tuple');
  const names = typed('code', 9, a[8] as PyObject, PyTuple, 'tuple');
  const varnames = typed('code', 10, a[9] as PyObject, PyTuple, 'tuple');
  const filename = typed('code', 11, a[10] as PyObject, PyStr, 'str');
  const name = typed('code', 12, a[11] as PyObject, PyStr, 'str');
  const firstlineno = formatIntArg(a[12] as PyObject);
  const lnotab = typed('code', 14, a[13] as PyObject, PyBytes, 'bytes');
  const freevars = a[14] === undefined ? null : typed('code', 15, a[14], PyTuple, 'tuple');
  const cellvars = a[15] === undefined ? null : typed('code', 16, a[15], PyTuple, 'tuple');
  const [argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags] = ints;
  const counts: readonly (readonly [string, number])[] = [['argcount', argcount], ['posonlyargcount', posonlyargcount], ['kwonlyargcount', kwonlyargcount], ['nlocals', nlocals]];
  for (const [what, v] of counts) if (v < 0) throw valueError(`code: ${what} must not be negative`);
  const copies: PyTuple[] = [];
  try {
    for (const t of [names, varnames, freevars ?? emptyTuple, cellvars ?? emptyTuple]) copies.push(copyNames(t));
    const [n, v, f, c] = copies as [PyTuple, PyTuple, PyTuple, PyTuple];
    return makeCode({
      argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, code, consts,
      names: n, varnames: v, freevars: f, cellvars: c,
      filename: filename.value, name: name.value, firstlineno, lnotab,
    });
  } finally {
    for (const t of copies) decref(t);
  }
};

/** `code.replace`'s keyword-only parameters, in its signature's order. */
const REPLACE_PARAMS = [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno',
  'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename', 'co_name', 'co_lnotab',
];

/** `code.replace`'s check of a keyword argument's type. */
function replaced<T extends PyObject>(o: PyObject | undefined, keyword: string, cls: abstract new (...a: never[]) => T, what: string): T | undefined {
  if (o !== undefined && !(o instanceof cls)) throw typeError(`replace() argument '${keyword}' must be ${what}, not ${argTypeName(o)}`);
  return o;
}

addMethods(codeType, [
  { name: '__sizeof__', kind: 'noargs', impl: (self) => sizeOf(self) },
  {
    name: 'replace', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const c = self as PyCode;
      const co = c.co;
      const v = parseArgs('replace', args, kwnames, REPLACE_PARAMS, 0, 0, 0);
      // Clinic converts every argument in order; the impl then checks the counts.
      const current = [co.argcount, co.posonlyargcount, co.kwonlyargcount, co.nlocals, co.stacksize, co.flags, co.firstlineno];
      const ints = current.map((dflt, i) => (v[i] === undefined ? dflt : intArg(v[i])));
      const code = replaced(v[7], 'co_code', PyBytes, 'bytes');
      const consts = replaced(v[8], 'co_consts', PyTuple, 'tuple');
      const tuples = [9, 10, 11, 12].map((i) => replaced(v[i], REPLACE_PARAMS[i] as string, PyTuple, 'tuple'));
      const filename = replaced(v[13], 'co_filename', PyStr, 'str');
      const name = replaced(v[14], 'co_name', PyStr, 'str');
      const lnotab = replaced(v[15], 'co_lnotab', PyBytes, 'bytes');
      ints.forEach((n, i) => {
        if (n < 0) throw valueError(`${REPLACE_PARAMS[i] ?? ''} must be a positive integer`);
      });
      const [argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, firstlineno] = ints as [number, number, number, number, number, number, number];
      // What is not replaced is shared with this code object.
      const held: PyObject[] = [];
      const own = <T extends PyObject>(o: T | undefined, slot: number): T => {
        if (o !== undefined) return o;
        const mine = codeField(c, slot) as T;
        held.push(mine);
        return mine;
      };
      try {
        return makeCode({
          argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, firstlineno,
          code: own(code, CodeField.Code),
          consts: own(consts, CodeField.Consts),
          names: own(tuples[0], CodeField.Names),
          varnames: own(tuples[1], CodeField.Varnames),
          freevars: own(tuples[2], CodeField.Freevars),
          cellvars: own(tuples[3], CodeField.Cellvars),
          filename: filename?.value ?? co.filename,
          name: name?.value ?? co.name,
          lnotab: own(lnotab, CodeField.Lnotab),
        });
      } finally {
        for (const o of held) decref(o);
      }
    },
  },
]);
