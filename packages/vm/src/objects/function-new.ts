/**
 * `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function made
 * from a code object by hand (a generator function when the code is a generator's). Mirrors
 * CPython 3.8 Objects/funcobject.c `func_new_impl` and `PyFunction_NewWithQualName`.
 * @module
 */
import { parseArgs } from '../runtime/clinic-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { cellType } from './cell.ts';
import { PyCode } from './code.ts';
import { PyDict, dictGetStr } from './dict.ts';
import { PyFunction, functionType } from './function.ts';
import { None } from './singletons.ts';
import { PyStr } from './str.ts';
import { PyTuple } from './tuple.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/**
 * `PyFunction_New`: a function of `code` in `globals`, named and qualified by the code's name,
 * its docstring the code's first constant when that is a str, its `__module__` from globals.
 *
 * @param code - the code object.
 * @param globals - the globals dictionary.
 * @returns a new reference.
 * @see CPython 3.8 Objects/funcobject.c `PyFunction_NewWithQualName`
 */
export function newFunctionFromCode(code: PyCode, globals: PyDict): PyFunction {
  const func = new PyFunction(code, globals, code.name);
  const first = code.consts[0];
  func.doc = incref(first instanceof PyStr ? first : None);
  const module = dictGetStr(globals, '__name__');
  func.module = module === null ? null : incref(module);
  return func;
}

/** The closure `func_new_impl` accepts for code with `nfree` free variables, else a TypeError/ValueError. */
function checkClosure(code: PyCode, closure: PyObject): void {
  const nfree = code.co.freevars.length;
  if (!(closure instanceof PyTuple)) {
    if (nfree > 0 && closure === None) throw typeError('arg 5 (closure) must be tuple');
    if (closure !== None) throw typeError('arg 5 (closure) must be None or tuple');
  }
  const nclosure = closure instanceof PyTuple ? closure.items.length : 0;
  if (nfree !== nclosure) throw valueError(`${code.name.value} requires closure of length ${nfree}, not ${nclosure}`);
  if (closure instanceof PyTuple) {
    for (const o of closure.items) {
      if (o.type !== cellType) throw typeError(`arg 5 (closure) expected cell, found ${tpName(o.type)}`);
    }
  }
}

functionType.new = (_type, args, kwnames) => {
  const [code, globals, name = None, defaults = None, closure = None] = parseArgs(
    'function', args, kwnames, ['code', 'globals', 'name', 'argdefs', 'closure'], 2,
  ) as [PyObject, PyObject, PyObject?, PyObject?, PyObject?];
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${argTypeName(code)}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${argTypeName(globals)}`);
  if (name !== None && !(name instanceof PyStr)) throw typeError('arg 3 (name) must be None or string');
  if (defaults !== None && !(defaults instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  checkClosure(code, closure);
  const func = newFunctionFromCode(code, globals);
  if (name !== None) {
    const old = func.name;
    func.name = incref(name);
    decref(old);
  }
  if (defaults !== None) func.defaults = incref(defaults);
  if (closure !== None) func.closure = incref(closure);
  return func;
};
