/**
 * `dis.Bytecode` (iteration as Instructions, `dis()`, `info()`, `from_traceback`,
 * `current_offset`, `first_line`) and `code_info`'s text. Mirrors CPython 3.8 Lib/dis.py
 * `Bytecode` and `_format_code_info`.
 * @module
 */
import { PyCode } from '../objects/code.ts';
import { PyInt, newInt } from '../objects/int.ts';
import type { PyModule } from '../objects/module.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString, setAttrStringStealing } from '../runtime/attributes.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { callObject } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { makeClass } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import { instructionIterator } from './dis-instructions.ts';
import { codeListing } from './dis-listing.ts';
import { prettyFlags } from './dis-tables.ts';

/**
 * `_format_code_info(co)`: the text of `dis.code_info` and `Bytecode.info()`.
 *
 * @param code - the code object
 * @returns the lines joined by newlines, without a final newline
 * @example
 * ```ts
 * formatCodeInfo(code).split('\n')[0]; // 'Name:              f'
 * ```
 * @see CPython 3.8 Lib/dis.py _format_code_info
 */
export function formatCodeInfo(code: PyCode): string {
  const co = code.co;
  const lines = [
    `Name:              ${co.name}`,
    `Filename:          ${co.filename}`,
    `Argument count:    ${co.argcount}`,
    `Positional-only arguments: ${co.posonlyargcount}`,
    `Kw-only arguments: ${co.kwonlyargcount}`,
    `Number of locals:  ${co.nlocals}`,
    `Stack size:        ${co.stacksize}`,
    `Flags:             ${prettyFlags(BigInt(co.flags))}`,
  ];
  const section = (title: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    lines.push(title);
    items.forEach((item, i) => lines.push(`${String(i).padStart(4)}: ${item}`));
  };
  section('Constants:', code.consts.map((c) => reprText(c)));
  section('Names:', co.names);
  section('Variable names:', co.varnames);
  section('Free variables:', co.freevars);
  section('Cell variables:', co.cellvars);
  return lines.join('\n');
}

/** `self.<name>` as a code object. */
function codeAttr(self: PyObject): PyCode {
  const co = getAttrString(self, 'codeobj');
  decref(co);
  if (!(co instanceof PyCode)) throw typeError(`don't know how to disassemble ${co.type.name} objects`);
  return co;
}

/** `self._line_offset` as a number. */
function lineOffset(self: PyObject): number {
  const v = getAttrString(self, '_line_offset');
  decref(v);
  return v instanceof PyInt ? Number(v.value) : 0;
}

/** The innermost entry of a traceback chain (its `tb_next`s followed): takes and returns a reference. */
export function innermostTraceback(tb: PyObject): PyObject {
  for (;;) {
    const next = getAttrString(tb, 'tb_next');
    if (!isTrue(next)) {
      decref(next);
      return tb;
    }
    decref(tb);
    tb = next;
  }
}

/**
 * Makes the `Bytecode` class of a fresh `dis` module.
 *
 * @param module - the `dis` module (for the `Instruction` class its namespace holds)
 * @param codeObject - `_get_code_object`: a new reference to the code object behind `x`
 * @returns a new reference to the class
 * @see CPython 3.8 Lib/dis.py Bytecode
 */
export function makeBytecodeClass(module: PyModule, codeObject: (x: PyObject) => PyCode): PyType {
  const init = (args: readonly PyObject[], kwnames: readonly string[] | null): PyObject => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos > 2) throw typeError(`__init__() takes 2 positional arguments but ${npos} were given`);
    const [self, x, firstLine, currentOffset] = bindArgs('__init__', args, kwnames, ['self', 'x', 'first_line', 'current_offset'], 2) as [PyObject, PyObject, PyObject | undefined, PyObject | undefined];
    const co = codeObject(x);
    try {
      setAttrString(self, 'codeobj', co);
      if (firstLine === undefined || firstLine === None) {
        setAttrStringStealing(self, 'first_line', newInt(co.co.firstlineno));
        setAttrStringStealing(self, '_line_offset', newInt(0));
      } else {
        setAttrString(self, 'first_line', firstLine);
        const base = newInt(co.co.firstlineno);
        try {
          setAttrStringStealing(self, '_line_offset', binaryOp(firstLine, base, 'subtract'));
        } finally {
          decref(base);
        }
      }
      setAttrStringStealing(self, '_cell_names', newTupleStealing(co.cellAndFreeNames.map((n) => incref(n))));
      setAttrString(self, '_original_object', x);
      setAttrString(self, 'current_offset', currentOffset ?? None);
    } finally {
      decref(co);
    }
    return incref(None);
  };
  const iter = (args: readonly PyObject[], kwnames: readonly string[] | null): PyObject => {
    const [self] = bindArgs('__iter__', args, kwnames, ['self']) as [PyObject];
    return instructionIterator(module, codeAttr(self), lineOffset(self));
  };
  const repr = (args: readonly PyObject[], kwnames: readonly string[] | null): PyObject => {
    const [self] = bindArgs('__repr__', args, kwnames, ['self']) as [PyObject];
    const original = getAttrString(self, '_original_object');
    try {
      return newStr(`${tpName(self.type)}(${reprText(original)})`);
    } finally {
      decref(original);
    }
  };
  const fromTraceback = (args: readonly PyObject[], kwnames: readonly string[] | null): PyObject => {
    const [cls, first] = bindArgs('from_traceback', args, kwnames, ['cls', 'tb']) as [PyObject, PyObject];
    const tb = innermostTraceback(incref(first));
    try {
      const frame = getAttrString(tb, 'tb_frame');
      let code: PyObject;
      try {
        code = getAttrString(frame, 'f_code');
      } finally {
        decref(frame);
      }
      const lasti = getAttrString(tb, 'tb_lasti');
      try {
        return callObject(cls, [code, lasti], ['current_offset']);
      } finally {
        decref(code);
        decref(lasti);
      }
    } finally {
      decref(tb);
    }
  };
  const info = (args: readonly PyObject[], kwnames: readonly string[] | null): PyObject => {
    const [self] = bindArgs('info', args, kwnames, ['self']) as [PyObject];
    return newStr(formatCodeInfo(codeAttr(self)));
  };
  const dis = (args: readonly PyObject[], kwnames: readonly string[] | null): PyObject => {
    const [self] = bindArgs('dis', args, kwnames, ['self']) as [PyObject];
    const code = codeAttr(self);
    const current = getAttrString(self, 'current_offset');
    decref(current);
    const lasti = current instanceof PyInt ? Number(current.value) : -1;
    return newStr(codeListing(code, { lasti, lineOffset: lineOffset(self) }));
  };
  return makeClass({
    name: 'Bytecode', module: 'dis', meta: typeType, bases: [objectType],
    doc: 'The bytecode operations of a piece of code\n\n    Instantiate this with a function, method, other compiled object, string of\n    code, or a code object (as returned by compile()).\n\n    Iterating over this yields the bytecode operations as Instruction instances.\n    ',
    body: [
      { kind: 'function', def: { name: '__init__', impl: init } },
      { kind: 'function', def: { name: '__iter__', impl: iter } },
      { kind: 'function', def: { name: '__repr__', impl: repr } },
      { kind: 'classmethod', def: { name: 'from_traceback', impl: fromTraceback, doc: ' Construct a Bytecode from the given traceback ' } },
      { kind: 'function', def: { name: 'info', impl: info, doc: 'Return formatted information about the code object.' } },
      { kind: 'function', def: { name: 'dis', impl: dis, doc: 'Return a formatted view of the bytecode operations.' } },
    ],
  });
}
