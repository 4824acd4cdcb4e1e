/**
 * What `site` adds to builtins: `exit` and `quit`, the `_sitebuiltins.Quitter` objects that raise
 * SystemExit when called and explain themselves when printed. Mirrors CPython 3.8
 * Lib/_sitebuiltins.py (`Quitter`) and Lib/site.py (`setquit`).
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { raiseValue, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, freeObject } from '../runtime/object.ts';
import { addGetSets } from '../runtime/type-defs.ts';

/** What `site.setquit` names as the end-of-file key on POSIX. */
const EOF_KEY = 'Ctrl-D (i.e. EOF)';

/** The `_sitebuiltins.Quitter` type. */
export const quitterType = staticType({ name: 'Quitter', module: '_sitebuiltins', basicsize: 32 });
// A class statement of Lib/_sitebuiltins.py: its `__repr__` and `__call__` are functions (with
// the code CPython gives them), so `inspect.signature(exit)` is `(code=None)`.
quitterType.isPythonClass = true;

/** `exit` or `quit`. */
class PyQuitter extends PyObject {
  readonly name: string;

  constructor(name: string) {
    super(quitterType, allocateAddress(quitterType));
    this.name = name;
  }
}

quitterType.dealloc = (self) => {
  freeObject(self);
};
quitterType.repr = (self) => newStr(`Use ${(self as PyQuitter).name}() or ${EOF_KEY} to exit`);
/** `Quitter.__call__(code=None)`: `raise SystemExit(code)` (sys.stdin, which it closes first, corosim has not). */
quitterType.call = (_self, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`__call__() takes from 1 to 2 positional arguments but ${npos + 1} were given`);
  let code: PyObject = args[0] ?? None;
  kwnames?.forEach((k, i) => {
    if (k !== 'code' || npos > 0) {
      throw typeError(k === 'code' ? "__call__() got multiple values for argument 'code'" : `__call__() got an unexpected keyword argument '${k}'`);
    }
    code = args[npos + i] as PyObject;
  });
  throw raiseValue(callObject(E.SystemExit, [code]) as PyBaseException);
};
addGetSets(quitterType, [
  { name: 'name', get: (self) => newStr((self as PyQuitter).name) },
  { name: 'eof', get: () => newStr(EOF_KEY) },
]);

/** The `quit` and `exit` of a new run's builtins (new references). */
export function newQuitters(): readonly (readonly [string, PyObject])[] {
  return [['quit', new PyQuitter('quit')], ['exit', new PyQuitter('exit')]];
}
