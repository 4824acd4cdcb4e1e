/**
 * `inspect._signature_strip_non_python_syntax` and `_signature_get_bound_param`, the private
 * helpers that read Argument Clinic's `__text_signature__` format: the tokens of the signature
 * joined again (a comma followed by a space, everything else run together, as inspect.py joins
 * the strings `tokenize` gives), without the `$` marker and the `/` (with its comma). Mirrors
 * CPython 3.8 Lib/inspect.py.
 * @module
 */
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import * as E from '../objects/exceptions.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { newExceptionStealing, raiseValue } from '../runtime/errors.ts';
import { missingAttribute } from '../runtime/attributes.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { callMethod } from '../runtime/call.ts';

/** Operators, longest first, as `tokenize` matches them. */
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', '**', '//', '>>', '<<', '<=', '>=', '==', '!=', ':=',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
];
const NUMBER = /^(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d[\d_]*)?[jJ]?)/;
const NAME = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/;
const STRING = /^[rRbBuUfF]{0,2}('''[^]*?'''|"""[^]*?"""|'(\\.|[^'\\\n])*'|"(\\.|[^"\\\n])*")/;

/** One token: its text and whether `tokenize` calls it an operator or an error token. */
interface Token {
  readonly text: string;
  readonly kind: 'op' | 'error' | 'other';
}

/** Whether `tokenize`'s pseudo-token pattern matches at `rest` (whose first character is `ch`). */
function startsToken(ch: string, rest: string): boolean {
  if (ch === '#' || OPERATORS.some((o) => rest.startsWith(o)) || '()[]{},:;.+-*/%&|^~<>=@'.includes(ch)) return true;
  return (STRING.exec(rest) ?? NUMBER.exec(rest) ?? NAME.exec(rest)) !== null;
}

/** The tokens of each line (lines are split on newlines first, so no line holds one). */
function tokens(signature: string): Token[] {
  const out: Token[] = [];
  for (const line of signature.split('\n')) {
    let i = 0;
    while (i < line.length) {
      const rest = line.slice(i);
      const ch = rest[0] as string;
      if (ch === ' ' || ch === '\t' || ch === '\f') {
        // Whitespace before a character no token starts with is itself an error token.
        const next = rest.trimStart()[0];
        if (next === undefined || startsToken(next, rest.trimStart())) i++;
        else {
          out.push({ text: ch, kind: 'error' });
          i++;
        }
        continue;
      }
      if (ch === '#') {
        out.push({ text: rest, kind: 'other' });
        break;
      }
      const m = STRING.exec(rest) ?? NUMBER.exec(rest) ?? NAME.exec(rest);
      if (m !== null && m[0] !== '') {
        out.push({ text: m[0], kind: 'other' });
        i += m[0].length;
        continue;
      }
      const op = OPERATORS.find((o) => rest.startsWith(o)) ?? ('()[]{},:;.+-*/%&|^~<>=@'.includes(ch) ? ch : null);
      out.push({ text: op ?? ch, kind: op === null ? 'error' : 'op' });
      i += (op ?? ch).length;
    }
  }
  return out;
}

/** The clean signature, the `$` parameter's index and the last positional-only one's. */
function strip(signature: string): [string, number | null, number | null] {
  let self: number | null = null;
  let lastPositionalOnly: number | null = null;
  let delayedComma = false;
  let skipNextComma = false;
  let current = 0;
  let text = '';
  for (const t of tokens(signature)) {
    if (t.kind === 'op' && t.text === ',') {
      if (skipNextComma) skipNextComma = false;
      else {
        check(!delayedComma);
        delayedComma = true;
        current++;
      }
      continue;
    }
    if (t.kind === 'op' && t.text === '/') {
      check(!skipNextComma && lastPositionalOnly === null);
      skipNextComma = true;
      lastPositionalOnly = current - 1;
      continue;
    }
    if (t.kind === 'error' && t.text === '$') {
      check(self === null);
      self = current;
      continue;
    }
    if (delayedComma) {
      delayedComma = false;
      if (t.text !== ')') text += ', ';
    }
    text += t.text;
  }
  return [text, self, lastPositionalOnly];
}

/** A non-str argument: the str method inspect.py calls first raises its own error on it. */
export function notStr(o: PyObject, method: string, arg: string): never {
  const a = newStr(arg);
  try {
    decref(callMethod(o, method, [a]));
  } finally {
    decref(a);
  }
  missingAttribute(o, method);
}

const indexOrNone = (n: number | null): PyObject => (n === null ? incref(None) : newInt(n));

/** `assert` in inspect.py: a bare AssertionError. */
function check(ok: boolean): void {
  if (!ok) throw raiseValue(newExceptionStealing(E.AssertionError, []));
}

/** `_signature_get_bound_param(spec)`: the name after `($`, up to the first comma or `)`. */
function boundParam(spec: string): string {
  check(spec.startsWith('($'));
  let pos = spec.indexOf(',');
  if (pos === -1) pos = spec.indexOf(')');
  const colon = spec.indexOf(':');
  check(colon === -1 || colon > pos);
  const equals = spec.indexOf('=');
  check(equals === -1 || equals > pos);
  // `spec[2:pos]`: a negative end counts from the end.
  return spec.slice(2, pos < 0 ? spec.length + pos : pos);
}

/** The private signature helpers of `inspect`. */
export const INSPECT_STRIP_SYNTAX: readonly NativeDef[] = [
  {
    name: '_signature_strip_non_python_syntax', kind: 'o',
    impl: (_m, args) => {
      const signature = args[0] as PyObject;
      if (!isTrue(signature)) return newTupleStealing([incref(signature), incref(None), incref(None)]);
      if (!(signature instanceof PyStr)) notStr(signature, 'split', '\n');
      const [clean, self, last] = strip(signature.value);
      return newTupleStealing([newStr(clean), indexOrNone(self), indexOrNone(last)]);
    },
  },
  {
    name: '_signature_get_bound_param', kind: 'o',
    impl: (_m, args) => {
      const spec = args[0] as PyObject;
      if (!(spec instanceof PyStr)) notStr(spec, 'startswith', '($');
      return newStr(boundParam(spec.value));
    },
  },
];
