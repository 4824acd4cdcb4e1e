/**
 * `inspect._ParameterKind`, the `enum.IntEnum` of parameter kinds, and the `_empty` and `_void`
 * markers: classes made once per run when `inspect` is imported. The kinds are int instances of
 * one class whose members are looked up by value (`_ParameterKind(3)` is `KEYWORD_ONLY`), print
 * their name and repr as `<_ParameterKind.KEYWORD_ONLY: 3>`. Mirrors CPython 3.8 Lib/inspect.py
 * `_ParameterKind`, `_PARAM_NAME_MAPPING`, `_empty` and `_void`.
 * @module
 */
import { PyInt, intType, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { newStr } from '../objects/str.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import type { ParamKind } from './inspect-params.ts';

/** The kinds in their `_ParameterKind` order (the value of each is its index). */
export const KINDS: readonly ParamKind[] = ['POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD'];

/** `_PARAM_NAME_MAPPING`: `kind.description`. */
export const KIND_DESCRIPTIONS: Readonly<Record<ParamKind, string>> = {
  POSITIONAL_ONLY: 'positional-only',
  POSITIONAL_OR_KEYWORD: 'positional or keyword',
  VAR_POSITIONAL: 'variadic positional',
  KEYWORD_ONLY: 'keyword-only',
  VAR_KEYWORD: 'variadic keyword',
};

/** The kind classes and markers of one run (owned references). */
export interface KindClasses {
  readonly enumMeta: PyType;
  readonly kindType: PyType;
  /** The five members, by value. */
  readonly members: readonly PyObject[];
  readonly empty: PyType;
  readonly void: PyType;
}

/** The kind a `_ParameterKind` member (or any int) stands for, or null when it is none. */
export function kindOfValue(o: PyObject): ParamKind | null {
  if (!(o instanceof PyInt)) return null;
  const v = Number(o.value);
  return KINDS[v] ?? null;
}

/** The member's name (`self._name_`): members differ only by value, so the value names it. */
function memberName(self: PyObject): string {
  return kindOfValue(self) ?? '';
}

/** `class EnumMeta(type)`, reduced to what shows: the class repr and iteration over members. */
function makeEnumMeta(members: () => readonly PyObject[]): PyType {
  return makeClass({
    name: 'EnumMeta', module: 'enum', meta: typeType, bases: [typeType],
    body: [
      { kind: 'function', def: { name: '__repr__', impl: (args) => newStr(`<enum '${(args[0] as PyType).name}'>`) } },
      {
        kind: 'function',
        def: {
          name: '__iter__',
          impl: () => {
            const list = newListStealing(members().map((m) => incref(m)));
            try {
              return getIter(list);
            } finally {
              decref(list);
            }
          },
        },
      },
      { kind: 'function', def: { name: '__len__', impl: () => newInt(members().length) } },
    ],
  });
}

/**
 * Makes `_ParameterKind`, `_empty` and `_void` for a run.
 *
 * @returns the new classes and members (owned by the caller).
 * @see CPython 3.8 Lib/inspect.py `_ParameterKind`
 */
export function makeKindClasses(): KindClasses {
  const members: PyObject[] = [];
  // DEVIATION(cpython): a small `EnumMeta` stands for Lib/enum.py's; only the kinds use it.
  const enumMeta = makeEnumMeta(() => members);
  const kindType = makeClass({
    name: '_ParameterKind', module: 'inspect', meta: enumMeta, bases: [intType],
    body: [
      {
        kind: 'function',
        def: {
          name: '__new__',
          impl: (args, kwnames) => {
            const [cls, value] = bindArgs('__new__', args, kwnames, ['cls', 'value']) as [PyType, PyObject];
            if (members.length < KINDS.length) return (intType.new as NonNullable<PyType['new']>)(cls, [value], null);
            const kind = kindOfValue(value);
            if (kind === null) throw valueError(`${reprText(value)} is not a valid _ParameterKind`);
            return incref(members[KINDS.indexOf(kind)] as PyObject);
          },
        },
      },
      { kind: 'function', def: { name: '__repr__', impl: (args) => newStr(`<_ParameterKind.${memberName(args[0] as PyObject)}: ${KINDS.indexOf(memberName(args[0] as PyObject) as ParamKind)}>`) } },
      { kind: 'function', def: { name: '__str__', impl: (args) => newStr(memberName(args[0] as PyObject)) } },
      { kind: 'property', def: { name: 'name', impl: (args) => newStr(memberName(args[0] as PyObject)) } },
      { kind: 'property', def: { name: 'value', impl: (args) => newInt(KINDS.indexOf(memberName(args[0] as PyObject) as ParamKind)) } },
      { kind: 'property', def: { name: 'description', impl: (args) => newStr(KIND_DESCRIPTIONS[memberName(args[0] as PyObject) as ParamKind]) } },
    ],
  });
  KINDS.forEach((_name, i) => {
    const n = newInt(i);
    const m = (intType.new as NonNullable<PyType['new']>)(kindType, [n], null);
    decref(n);
    members.push(m);
  });
  const marker = (name: string, doc: string): PyType => makeClass({ name, module: 'inspect', meta: typeType, bases: [objectType], doc, body: [] });
  return {
    enumMeta, kindType, members,
    empty: marker('_empty', 'Marker object for Signature.empty and Parameter.empty.'),
    void: marker('_void', 'A private marker - used in Parameter & Signature.'),
  };
}

/**
 * Lets go of a run's kind classes.
 *
 * @param k - the classes {@link makeKindClasses} made.
 */
export function freeKindClasses(k: KindClasses): void {
  for (const m of k.members) decref(m);
  decref(k.kindType);
  decref(k.enumMeta);
  decref(k.empty);
  decref(k.void);
}
