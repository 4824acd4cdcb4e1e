/**
 * `inspect.getfullargspec` (and its `FullArgSpec` named tuple), the deprecated `getargspec` (and
 * `ArgSpec`), `getcallargs` with its 3.8
 * messages (`_missing_arguments`, `_too_many`) and `getcoroutinelocals`. Mirrors CPython 3.8
 * Lib/inspect.py.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyDict, dictSetStr, newDict } from '../objects/dict.ts';
import { newListStealing } from '../objects/list.ts';
import { PyMethod } from '../objects/method.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTuple } from '../objects/tuple.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { PyRaise, exceptionMatches, raiseFromCause, typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { namedtuple } from './collections-namedtuple.ts';
import type { Sig } from './inspect-params.ts';
import { withUnboundSig } from './inspect-signature.ts';
import { build } from './inspect-frames.ts';
import { warn } from './warnings-core.ts';

/** What `getfullargspec` finds, before it becomes a FullArgSpec (objects borrowed from the signature). */
interface ArgSpec {
  readonly args: string[];
  readonly varargs: string | null;
  readonly varkw: string | null;
  readonly defaults: PyObject[];
  readonly kwonlyargs: string[];
  readonly kwdefaults: Map<string, PyObject>;
  readonly annotations: [string, PyObject][];
}

function specOf(sig: Sig): ArgSpec {
  const spec: ArgSpec & { varargs: string | null; varkw: string | null } = {
    args: [], varargs: null, varkw: null, defaults: [], kwonlyargs: [], kwdefaults: new Map(), annotations: [],
  };
  if (sig.ret !== null) spec.annotations.push(['return', sig.ret]);
  for (const p of sig.params) {
    switch (p.kind) {
      case 'POSITIONAL_ONLY':
      case 'POSITIONAL_OR_KEYWORD':
        spec.args.push(p.name);
        if (p.dflt !== null) spec.defaults.push(p.dflt);
        break;
      case 'VAR_POSITIONAL':
        spec.varargs = p.name;
        break;
      case 'KEYWORD_ONLY':
        spec.kwonlyargs.push(p.name);
        if (p.dflt !== null) spec.kwdefaults.set(p.name, p.dflt);
        break;
      case 'VAR_KEYWORD':
        spec.varkw = p.name;
        break;
    }
    if (p.annotation !== null) spec.annotations.push([p.name, p.annotation]);
  }
  return spec;
}

/** `getfullargspec(func)`'s signature step: any Exception becomes `TypeError('unsupported callable')`. */
function withSpec<T>(func: PyObject, f: (spec: ArgSpec) => T): T {
  const step = { found: false };
  try {
    return withUnboundSig(func, (sig) => {
      step.found = true;
      return f(specOf(sig));
    });
  } catch (e) {
    // Only the signature step is wrapped: what `f` raises passes through.
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.Exception) || step.found) throw e;
    throw raiseFromCause(E.TypeError, 'unsupported callable', e);
  }
}

const strList = (names: readonly string[]): PyObject => newListStealing(names.map((n) => newStr(n)));
const strOrNone = (s: string | null): PyObject => (s === null ? incref(None) : newStr(s));

function dictOf(entries: Iterable<readonly [string, PyObject]>): PyDict {
  const d = newDict();
  for (const [k, v] of entries) dictSetStr(d, k, v);
  return d;
}

/** `FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)`. */
function fullArgSpec(module: PyObject, spec: ArgSpec): PyObject {
  const fields = [
    strList(spec.args), strOrNone(spec.varargs), strOrNone(spec.varkw),
    spec.defaults.length === 0 ? incref(None) : newTuple(spec.defaults),
    strList(spec.kwonlyargs),
    spec.kwdefaults.size === 0 ? incref(None) : dictOf(spec.kwdefaults),
    dictOf(spec.annotations),
  ];
  return build(module, 'FullArgSpec', fields);
}

/**
 * `getargspec(func)`: `ArgSpec(args, varargs, keywords, defaults)`, after its DeprecationWarning
 * (on the caller's line: `stacklevel=2` from inspect.py's frame), refused for a callable with
 * keyword-only parameters or annotations.
 */
function getargspec(module: PyObject, func: PyObject): PyObject {
  const message = newStr('inspect.getargspec() is deprecated since Python 3.0, use inspect.signature() or inspect.getfullargspec()');
  try {
    warn(E.DeprecationWarning, message, 1);
  } finally {
    decref(message);
  }
  return withSpec(func, (spec) => {
    if (spec.kwonlyargs.length > 0 || spec.annotations.length > 0) {
      throw valueError('Function has keyword-only parameters or annotations, use inspect.signature() API which can support them');
    }
    return build(module, 'ArgSpec', [
      strList(spec.args), strOrNone(spec.varargs), strOrNone(spec.varkw),
      spec.defaults.length === 0 ? incref(None) : newTuple(spec.defaults),
    ]);
  });
}

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'` (`_missing_arguments` joins without an Oxford comma). */
function joinNames(names: readonly string[]): string {
  const q = names.map((n) => quoted(n));
  if (q.length === 1) return q[0] as string;
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1] as string}`;
}

/** The repr of the str `s` (`%r` of a name). */
function quoted(s: string): string {
  const o = newStr(s);
  try {
    return reprText(o);
  } finally {
    decref(o);
  }
}

/** `getcallargs(func, /, *positional, **named)`. */
function getcallargs(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  if (args.length - nkw < 1) throw typeError("getcallargs() missing 1 required positional argument: 'func'");
  const func = args[0] as PyObject;
  const named: [string, PyObject][] = (kwnames ?? []).map((k, i) => [k, args[args.length - nkw + i] as PyObject]);
  return withSpec(func, (spec) => {
    const nameObj = getAttrString(func, '__name__');
    const fName = strText(nameObj);
    decref(nameObj);
    let positional = args.slice(1, args.length - nkw);
    if (func instanceof PyMethod && func.self !== None) positional = [func.self, ...positional];
    const values = new Map<string, PyObject>();
    const numPos = positional.length;
    const numArgs = spec.args.length;
    const numDefaults = spec.defaults.length;
    const n = Math.min(numPos, numArgs);
    for (let i = 0; i < n; i++) values.set(spec.args[i] as string, positional[i] as PyObject);
    const owned: PyObject[] = [];
    try {
      if (spec.varargs !== null) {
        const t = newTuple(positional.slice(n));
        owned.push(t);
        values.set(spec.varargs, t);
      }
      const possible = new Set([...spec.args, ...spec.kwonlyargs]);
      let varkw: PyDict | null = null;
      if (spec.varkw !== null) {
        varkw = newDict();
        owned.push(varkw);
        values.set(spec.varkw, varkw);
      }
      for (const [kw, value] of named) {
        if (!possible.has(kw)) {
          if (varkw === null) throw typeError(`${fName}() got an unexpected keyword argument ${quoted(kw)}`);
          dictSetStr(varkw, kw, value);
          continue;
        }
        if (values.has(kw)) throw typeError(`${fName}() got multiple values for argument ${quoted(kw)}`);
        values.set(kw, value);
      }
      if (numPos > numArgs && spec.varargs === null) throw tooMany(fName, spec, numPos, values);
      if (numPos < numArgs) {
        const req = spec.args.slice(0, numArgs - numDefaults);
        const missing = req.filter((a) => !values.has(a));
        if (missing.length > 0) throw missingArgs(fName, missing, true);
        spec.args.slice(numArgs - numDefaults).forEach((a, i) => {
          if (!values.has(a)) values.set(a, spec.defaults[i] as PyObject);
        });
      }
      const missingKw: string[] = [];
      for (const kw of spec.kwonlyargs) {
        if (values.has(kw)) continue;
        const d = spec.kwdefaults.get(kw);
        if (d !== undefined) values.set(kw, d);
        else missingKw.push(kw);
      }
      if (missingKw.length > 0) throw missingArgs(fName, missingKw, false);
      return dictOf(values);
    } finally {
      for (const o of owned) decref(o);
    }
  });
}

/** `_missing_arguments`. */
function missingArgs(fName: string, missing: readonly string[], pos: boolean): PyRaise {
  const n = missing.length;
  return typeError(`${fName}() missing ${n} required ${pos ? 'positional' : 'keyword-only'} argument${n === 1 ? '' : 's'}: ${joinNames(missing)}`);
}

/** `_too_many`. */
function tooMany(fName: string, spec: ArgSpec, given: number, values: ReadonlyMap<string, PyObject>): PyRaise {
  const atleast = spec.args.length - spec.defaults.length;
  const kwonlyGiven = spec.kwonlyargs.filter((a) => values.has(a)).length;
  let plural: boolean;
  let sig: string;
  if (spec.defaults.length > 0) {
    plural = true;
    sig = `from ${atleast} to ${spec.args.length}`;
  } else {
    plural = spec.args.length !== 1;
    sig = `${spec.args.length}`;
  }
  const kwonlySig = kwonlyGiven > 0 ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  return typeError(`${fName}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
}

/** The functions of this part of `inspect`. */
export const INSPECT_ARGSPEC: readonly NativeDef[] = [
  { name: 'getfullargspec', kind: 'o', impl: (m, args) => withSpec(args[0] as PyObject, (spec) => fullArgSpec(m, spec)) },
  { name: 'getargspec', kind: 'o', impl: (m, args) => getargspec(m, args[0] as PyObject) },
  { name: 'getcallargs', kind: 'fastkw', impl: (_m, args, kwnames) => getcallargs(args, kwnames) },
  {
    name: 'getcoroutinelocals', kind: 'o',
    impl: (_m, args) => {
      const frame = lookupAttrString(args[0] as PyObject, 'cr_frame');
      if (frame === null || frame === None) {
        if (frame !== null) decref(frame);
        return newDict();
      }
      try {
        return getAttrString(frame, 'f_locals');
      } finally {
        decref(frame);
      }
    },
  },
];

/** `NAME = namedtuple('NAME', FIELDS)` in `inspect`: the module-level name and the new class. */
function inspectNamedTuple(className: string, fieldNames: string): [string, PyObject] {
  const name = newStr(className);
  const fields = newStr(fieldNames);
  const module = newStr('inspect');
  try {
    return [className, namedtuple([name, fields, module], ['module'])];
  } finally {
    decref(name);
    decref(fields);
    decref(module);
  }
}

/** `ArgSpec` and `FullArgSpec`, made when `inspect` is imported, in inspect.py's order. */
export function makeArgSpecs(): [string, PyObject][] {
  return [
    inspectNamedTuple('ArgSpec', 'args varargs keywords defaults'),
    inspectNamedTuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations'),
  ];
}
