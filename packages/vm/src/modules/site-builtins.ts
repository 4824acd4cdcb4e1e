/**
 * What `site` adds to builtins: `exit` and `quit`, instances of `_sitebuiltins.Quitter`, a class
 * CPython writes in Python, so here too a heap class whose instances keep `name` and `eof` in
 * their `__dict__`; calling one raises SystemExit, printing one explains it. Mirrors CPython 3.8
 * Lib/_sitebuiltins.py (`Quitter`) and Lib/site.py (`setquit`).
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { strText } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeType } from '../runtime/core-types.ts';
import { raiseValue } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';

/** What `site.setquit` names as the end-of-file key on POSIX. */
const EOF_KEY = 'Ctrl-D (i.e. EOF)';

const fn = (name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject, ndefaults = 0): ClassEntry => ({
  kind: 'function',
  def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, params, ndefaults)) },
});

/** `str(self.<name>)`. */
function attrText(self: PyObject, name: string): string {
  const v = getAttrString(self, name);
  try {
    return strText(v);
  } finally {
    decref(v);
  }
}

/** `__init__(self, name, eof)`. */
function init(self: PyObject, name: PyObject, eof: PyObject): PyObject {
  setAttrString(self, 'name', name);
  setAttrString(self, 'eof', eof);
  return incref(None);
}

/**
 * Runs the `class Quitter(object)` statement and makes `quit` and `exit` from it, as
 * `site.setquit` does.
 *
 * @returns new references to `quit` and `exit`, by name.
 * @see CPython 3.8 Lib/_sitebuiltins.py `class Quitter`
 */
export function newQuitters(): readonly (readonly [string, PyObject])[] {
  const quitter = makeClass({
    name: 'Quitter', module: '_sitebuiltins', meta: typeType, bases: [],
    body: [
      fn('__init__', ['self', 'name', 'eof'], (a) => init(a[0] as PyObject, a[1] as PyObject, a[2] as PyObject)),
      // `'Use %s() or %s to exit' % (self.name, self.eof)`.
      fn('__repr__', ['self'], (a) => newStr(`Use ${attrText(a[0] as PyObject, 'name')}() or ${attrText(a[0] as PyObject, 'eof')} to exit`)),
      // `raise SystemExit(code)` (sys.stdin, which it closes first, corosim has not).
      fn('__call__', ['self', 'code'], (a) => {
        throw raiseValue(callObject(E.SystemExit, [a[1] ?? None]) as PyBaseException);
      }, 1),
    ],
  });
  try {
    const make = (name: string): PyObject => {
      const args = [newStr(name), newStr(EOF_KEY)];
      try {
        return callObject(quitter, args);
      } finally {
        for (const a of args) decref(a);
      }
    };
    return [['quit', make('quit')], ['exit', make('exit')]];
  } finally {
    decref(quitter);
  }
}
