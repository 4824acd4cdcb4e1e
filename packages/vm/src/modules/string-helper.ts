/**
 * The `_string` module ("string helper module"): the format-string parsing that `string.Formatter`
 * is written over, `formatter_parser` and `formatter_field_name_split`. Mirrors CPython 3.8
 * Objects/unicodeobject.c `_string_methods` and Objects/stringlib/unicode_format.h.
 * @module
 */
import { formatterFieldNameSplit, formatterParser } from '../objects/formatter-iterators.ts';
import { PyStr } from '../objects/str.ts';
import { typeError } from '../runtime/errors.ts';
import { type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { defineNativeModule } from './module-builder.ts';

/** The one argument as a str, or the TypeError both functions raise (`PyUnicode_Check`). */
function strArgument(arg: PyObject | undefined): PyStr {
  if (arg instanceof PyStr) return arg;
  throw typeError(`expected str, got ${arg === undefined ? 'NoneType' : tpName(arg.type)}`);
}

defineNativeModule({
  name: '_string',
  doc: 'string helper module',
  functions: [
    { name: 'formatter_parser', kind: 'o', doc: 'parse the argument as a format string', impl: (_m, args) => formatterParser(strArgument(args[0])) },
    {
      name: 'formatter_field_name_split', kind: 'o', doc: 'split the argument as a field name',
      impl: (_m, args) => formatterFieldNameSplit(strArgument(args[0])),
    },
  ],
});
