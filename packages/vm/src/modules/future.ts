/**
 * The `__future__` module: the future features with the releases that made them optional and
 * mandatory and their compiler flags, so that `from __future__ import annotations` imports at
 * run time (the compiler has already acted on it). Mirrors CPython 3.8 Lib/__future__.py, whose
 * `_Feature` is a class of that module.
 * @module
 */
import { newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { defineNativeModule } from './module-builder.ts';

/** A release as `sys.version_info` has it: major, minor, micro, level, serial. */
type Release = readonly [number, number, number, string, number];

/** `all_feature_names` in order, with `(optional, mandatory, compiler_flag)`. */
const FEATURES: readonly (readonly [string, Release, Release, number])[] = [
  ['nested_scopes', [2, 1, 0, 'beta', 1], [2, 2, 0, 'alpha', 0], 0x0010],
  ['generators', [2, 2, 0, 'alpha', 1], [2, 3, 0, 'final', 0], 0],
  ['division', [2, 2, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x20000],
  ['absolute_import', [2, 5, 0, 'alpha', 1], [3, 0, 0, 'alpha', 0], 0x40000],
  ['with_statement', [2, 5, 0, 'alpha', 1], [2, 6, 0, 'alpha', 0], 0x80000],
  ['print_function', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x100000],
  ['unicode_literals', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x200000],
  ['barry_as_FLUFL', [3, 1, 0, 'alpha', 2], [4, 0, 0, 'alpha', 0], 0x400000],
  ['generator_stop', [3, 5, 0, 'beta', 1], [3, 7, 0, 'alpha', 0], 0x800000],
  ['annotations', [3, 7, 0, 'beta', 1], [3, 10, 0, 'alpha', 0], 0x1000000],
];

/** The `CO_*` names of the flags, in the module's order. */
const FLAG_NAMES: readonly (readonly [string, number])[] = [
  ['CO_NESTED', 0x0010],
  ['CO_GENERATOR_ALLOWED', 0],
  ['CO_FUTURE_DIVISION', 0x20000],
  ['CO_FUTURE_ABSOLUTE_IMPORT', 0x40000],
  ['CO_FUTURE_WITH_STATEMENT', 0x80000],
  ['CO_FUTURE_PRINT_FUNCTION', 0x100000],
  ['CO_FUTURE_UNICODE_LITERALS', 0x200000],
  ['CO_FUTURE_BARRY_AS_BDFL', 0x400000],
  ['CO_FUTURE_GENERATOR_STOP', 0x800000],
  ['CO_FUTURE_ANNOTATIONS', 0x1000000],
];

/** The `__future__._Feature` type. */
export const featureType = staticType({ name: '_Feature', module: '__future__', basicsize: 48, flags: TPFLAGS_HAVE_GC });

/** A future feature: its two releases (tuples) and its compiler flag (an int), owned. */
class PyFeature extends PyObject {
  readonly optional: PyObject;
  readonly mandatory: PyObject;
  readonly compilerFlag: PyObject;

  constructor(optional: Release, mandatory: Release, flag: number) {
    super(featureType, allocateAddress(featureType));
    this.optional = releaseTuple(optional);
    this.mandatory = releaseTuple(mandatory);
    this.compilerFlag = newInt(flag);
  }
}

function releaseTuple(r: Release): PyObject {
  return newTupleStealing(r.map((v) => (typeof v === 'string' ? newStr(v) : newInt(v))));
}

const asFeature = (o: PyObject): PyFeature => o as PyFeature;
const fields = (f: PyFeature): readonly PyObject[] => [f.optional, f.mandatory, f.compilerFlag];

featureType.dealloc = (self) => {
  for (const o of fields(asFeature(self))) decref(o);
  freeObject(self);
};
featureType.traverse = (self, visit) => {
  for (const o of fields(asFeature(self))) visit(o);
};
featureType.repr = (self) => newStr(`_Feature(${fields(asFeature(self)).map((o) => reprText(o)).join(', ')})`);
addMethods(featureType, [
  { name: 'getOptionalRelease', kind: 'noargs', impl: (self) => incref(asFeature(self).optional) },
  { name: 'getMandatoryRelease', kind: 'noargs', impl: (self) => incref(asFeature(self).mandatory) },
]);
addGetSets(featureType, [
  { name: 'optional', get: (self) => incref(asFeature(self).optional) },
  { name: 'mandatory', get: (self) => incref(asFeature(self).mandatory) },
  { name: 'compiler_flag', get: (self) => incref(asFeature(self).compilerFlag) },
]);

const featureNames = (): PyObject => newListStealing(FEATURES.map(([name]) => newStr(name)));

defineNativeModule({
  name: '__future__',
  doc: 'Record of phased-in incompatible language changes.',
  values: () => [
    ['all_feature_names', featureNames()],
    ['__all__', newListStealing([newStr('all_feature_names'), ...FEATURES.map(([name]) => newStr(name))])],
    ...FLAG_NAMES.map(([name, flag]) => [name, newInt(flag)] as const),
    ['_Feature', incref(featureType)],
    ...FEATURES.map(([name, optional, mandatory, flag]) => [name, new PyFeature(optional, mandatory, flag)] as const),
  ],
});
