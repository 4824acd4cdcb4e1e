/**
 * `function.__new__(code, globals, name=None, argdefs=None, closure=None)`: a function made from a
 * code object directly, as `types.FunctionType(code, globals)` does. Mirrors CPython 3.8
 * Objects/funcobject.c `func_new_impl` and `PyFunction_NewWithQualName`.
 * @module
 */
import { parseArgs } from '../runtime/clinic-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyCell } from './cell.ts';
import { PyCode } from './code.ts';
import { PyDict, dictGetStr } from './dict.ts';
import { PyFunction, functionType } from './function.ts';
import { None } from './singletons.ts';
import { PyStr } from './str.ts';
import { PyTuple } from './tuple.ts';

/**
 * `PyFunction_NewWithQualName(code, globals, NULL)`: a new function whose qualified name is the
 * code's name, its doc the code's first constant when a str, and its module `globals['__name__']`.
 */
export function newFunctionFromCode(code: PyCode, globals: PyDict): PyFunction {
  const func = new PyFunction(code, globals, code.name);
  const first = code.consts[0];
  func.doc = incref(first instanceof PyStr ? first : None);
  const module = dictGetStr(globals, '__name__');
  func.module = module === null ? null : incref(module);
  return func;
}

functionType.new = (_type, args, kwnames) => {
  const [code, globals, name = None, defaults = None, closure = None] = parseArgs('function', args, kwnames, ['code', 'globals', 'name', 'argdefs', 'closure'], 2);
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${tpName((code as PyObject).type)}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${tpName((globals as PyObject).type)}`);
  if (name !== None && !(name instanceof PyStr)) throw typeError('arg 3 (name) must be None or string');
  if (defaults !== None && !(defaults instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  const nfree = code.co.freevars.length;
  if (!(closure instanceof PyTuple)) {
    if (nfree !== 0 && closure === None) throw typeError('arg 5 (closure) must be tuple');
    if (closure !== None) throw typeError('arg 5 (closure) must be None or tuple');
  }
  const nclosure = closure instanceof PyTuple ? closure.items.length : 0;
  if (nfree !== nclosure) throw valueError(`${code.name.value} requires closure of length ${nfree}, not ${nclosure}`);
  if (closure instanceof PyTuple) {
    for (const o of closure.items) {
      if (!(o instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${tpName(o.type)}`);
    }
  }
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
