/**
 * `inspect`'s signatures of built-ins: `_signature_fromstr` on a `__text_signature__` such as
 * `($self, key, default=None, /)`. The `$` marker and `/` are taken out
 * (`_signature_strip_non_python_syntax`), the rest is parsed as the parameters of
 * `def foo(...): pass`, and each default must be a literal (a tuple of them too) or a dotted name whose value is a str,
 * int, float, bytes, bool or None (found in the callable's module, else among `sys.modules`); a
 * parameter whose default is anything else is left out. Mirrors CPython 3.8 Lib/inspect.py.
 * @module
 */
import type { arg, expr, FunctionDef } from '../parser/ast.ts';
import { parseModule } from '../parser/parse.ts';
import { constantToObject } from '../objects/code.ts';
import { dictGetStr, isDict } from '../objects/dict.ts';
import { moduleType } from '../objects/module.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { unaryOp } from '../runtime/abstract-number.ts';
import { valueError } from '../runtime/errors.ts';
import { CompileFailure } from '../source/diagnostic.ts';
import { sysModules } from '../runtime/import-system.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import type { Param, ParamKind, Sig } from './inspect-params.ts';

/** `_signature_strip_non_python_syntax`: the signature in Python syntax, the `$` parameter's index and the last positional-only one's. */
function stripNonPython(text: string): [string, number | null, number | null] {
  let self: number | null = null;
  let lastPositionalOnly: number | null = null;
  let depth = 0;
  let current = 0;
  let out = '';
  let skipComma = false;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== null) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 1 && ch === ',') {
      if (skipComma) skipComma = false;
      else {
        current++;
        out += ',';
      }
      continue;
    } else if (depth === 1 && ch === '/' && text[i + 1] !== '/') {
      // The comma after it goes, the one before stays (a trailing comma is still Python).
      skipComma = true;
      lastPositionalOnly = current - 1;
      continue;
    } else if (depth === 1 && ch === '$') {
      self = current;
      continue;
    }
    out += ch;
  }
  return [out, self, lastPositionalOnly];
}

/** A value `wrap_value` accepts: a str, int, float, bytes, bool or None (or of a subclass). */
function isPlainValue(v: PyObject): boolean {
  return v === None || v.type.mro.some((t) => !t.isHeapType && ['str', 'int', 'float', 'bytes'].includes(t.name));
}

/** `RewriteSymbolics` and `ast.literal_eval` on a default: its value (new reference), or null when it is not allowed. */
function defaultValue(node: expr, moduleDict: PyObject | null): PyObject | null {
  if (node._type === 'Constant') return constantToObject(node.value);
  if (node._type === 'UnaryOp') {
    if ((node.op !== 'USub' && node.op !== 'UAdd') || node.operand._type !== 'Constant') return null;
    const v = constantToObject(node.operand.value);
    if (node.op === 'UAdd') return v;
    try {
      return unaryOp(v, '-');
    } finally {
      decref(v);
    }
  }
  if (node._type === 'Name' || node._type === 'Attribute') {
    const path: string[] = [];
    let n: expr = node;
    while (n._type === 'Attribute') {
      path.unshift(n.attr);
      n = n.value;
    }
    if (n._type !== 'Name') return null;
    path.unshift(n.id);
    return dottedValue(path, moduleDict);
  }
  if (node._type === 'Tuple') {
    const items: PyObject[] = [];
    for (const e of node.elts) {
      const v = defaultValue(e, moduleDict);
      if (v === null) {
        for (const i of items) decref(i);
        return null;
      }
      items.push(v);
    }
    return newTupleStealing(items);
  }
  return null;
}

/** `wrap_value(name)`: the dotted name in the module's dict, else in `sys.modules`, if its value is plain. */
function dottedValue(path: readonly string[], moduleDict: PyObject | null): PyObject | null {
  const [first, ...rest] = path as [string, ...string[]];
  let v: PyObject | null = null;
  if (moduleDict !== null && isDict(moduleDict)) v = dictGetStr(moduleDict, first);
  v ??= dictGetStr(sysModules(), first);
  if (v === null) return null;
  let value = v;
  value.refcnt++;
  for (const name of rest) {
    const next = lookupAttrString(value, name);
    decref(value);
    if (next === null) return null;
    value = next;
  }
  if (isPlainValue(value)) return value;
  decref(value);
  return null;
}

/**
 * `_signature_fromstr(cls, obj, s, skip_bound_arg)`: the signature a text signature gives `obj`.
 * The defaults it makes go to `held` (the caller releases them when done).
 */
export function textSignature(obj: PyObject, text: string, skipBound: boolean, held: PyObject[]): Sig {
  const [clean, self, lastPositionalOnly] = stripNonPython(text);
  let f: FunctionDef;
  try {
    const module = parseModule(`def foo${clean}: pass`, '<signature>', true);
    f = module.body[0] as FunctionDef;
  } catch (e) {
    if (!(e instanceof CompileFailure)) throw e;
    throw valueError(`${reprText(obj)} builtin has invalid signature`);
  }
  let moduleDict: PyObject | null = null;
  const moduleName = lookupAttrString(obj, '__module__');
  if (moduleName !== null) {
    const module = moduleName instanceof PyStr && moduleName.value !== '' ? dictGetStr(sysModules(), moduleName.value) : null;
    decref(moduleName);
    if (module !== null) moduleDict = lookupAttrString(module, '__dict__');
  }
  const params: Param[] = [];
  let kind: ParamKind = lastPositionalOnly !== null ? 'POSITIONAL_ONLY' : 'POSITIONAL_OR_KEYWORD';
  const add = (a: arg, dflt: expr | null): void => {
    if (a.annotation !== null) throw valueError('Annotations are not currently supported');
    let value: PyObject | null = null;
    if (dflt !== null) {
      value = defaultValue(dflt, moduleDict);
      if (value === null) return;
      held.push(value);
    }
    params.push({ name: a.arg, kind, dflt: value, annotation: null });
  };
  try {
    const positional = [...f.args.posonlyargs, ...f.args.args];
    const defaults = f.args.defaults;
    positional.forEach((a, i) => {
      add(a, defaults[i - (positional.length - defaults.length)] ?? null);
      if (i === lastPositionalOnly) kind = 'POSITIONAL_OR_KEYWORD';
    });
    if (f.args.vararg !== null) {
      kind = 'VAR_POSITIONAL';
      add(f.args.vararg, null);
    }
    kind = 'KEYWORD_ONLY';
    f.args.kwonlyargs.forEach((a, i) => {
      add(a, f.args.kw_defaults[i] ?? null);
    });
    if (f.args.kwarg !== null) {
      kind = 'VAR_KEYWORD';
      add(f.args.kwarg, null);
    }
  } finally {
    if (moduleDict !== null) decref(moduleDict);
  }
  if (self !== null && params.length > 0) {
    const bound = lookupAttrString(obj, '__self__');
    const isBound = bound !== null && bound !== None;
    const isModule = bound !== null && bound.type.isSubtype(moduleType);
    if (bound !== null) decref(bound);
    if (isBound && (isModule || skipBound)) params.shift();
    else params[0] = { ...(params[0] as Param), kind: 'POSITIONAL_ONLY' };
  }
  return { params, ret: null };
}

/** `__text_signature__` of `obj`, or null when it has none (or an empty one). */
export function textSignatureOf(obj: PyObject): string | null {
  const s = lookupAttrString(obj, '__text_signature__');
  if (s === null) return null;
  try {
    return s instanceof PyStr && s.value !== '' ? s.value : null;
  } finally {
    decref(s);
  }
}
