// disassembleCode against CPython 3.8's dis.dis: committed code-object fixtures (made by
// scripts/py38/dis_fixtures.py) compared with the conformance .dis goldens, and small
// hand-built code objects for the column widths and EXTENDED_ARG.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeObject } from '../../src/bytecode/code-object.ts';
import { disassembleCode } from '../../src/bytecode/dis.ts';
import { findLineStarts } from '../../src/bytecode/line-starts.ts';
import { Op } from '../../src/bytecode/opcodes.ts';
import { decodeCode } from '../support/py38-json.ts';

const FIXTURES = new URL('fixtures/', import.meta.url);
const CASES = new URL('../../../../conformance/cases/', import.meta.url);

const normalise = (text: string): string => text.replace(/0x[0-9a-fA-F]+/g, '0x?');

function code(fields: Partial<CodeObject>): CodeObject {
  return {
    argcount: 0,
    posonlyargcount: 0,
    kwonlyargcount: 0,
    nlocals: 0,
    stacksize: 1,
    flags: 0x40,
    code: new Uint8Array([Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0]),
    consts: [{ kind: 'None' }],
    names: [],
    varnames: [],
    freevars: [],
    cellvars: [],
    filename: 't.py',
    name: '<module>',
    firstlineno: 1,
    lnotab: new Uint8Array(),
    ...fields,
  };
}

describe('disassembleCode', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as { file: string; code: Parameters<typeof decodeCode>[0] };
    it(`prints ${doc.file} as CPython 3.8 does`, () => {
      const golden = readFileSync(new URL(doc.file.replace(/\.py$/, '.dis'), CASES), 'utf8');
      expect(normalise(disassembleCode(decodeCode(doc.code)))).toBe(golden);
    });
  }

  it('folds EXTENDED_ARG into the next argument and marks the jump target', () => {
    const bytes = new Uint8Array(0x104 + 4);
    bytes.set([Op.EXTENDED_ARG, 1, Op.JUMP_ABSOLUTE, 4]);
    for (let i = 4; i < bytes.length - 4; i += 2) bytes.set([Op.NOP, 0], i);
    bytes.set([Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0], bytes.length - 4);
    const lines = disassembleCode(code({ code: bytes })).split('\n');
    expect(lines.slice(0, 2)).toEqual(['  1           0 EXTENDED_ARG             1', '              2 JUMP_ABSOLUTE          260']);
    expect(lines).toContain('        >>  260 LOAD_CONST               0 (None)');
  });

  it('widens the line column from line 1000 and the offset column from offset 10000', () => {
    const bytes = new Uint8Array(10004);
    for (let i = 0; i < bytes.length - 4; i += 2) bytes.set([Op.NOP, 0], i);
    bytes.set([Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0], bytes.length - 4);
    const listing = disassembleCode(code({ code: bytes, firstlineno: 1234 }));
    expect(listing.split('\n')[0]).toBe('1234            0 NOP');
    expect(listing.endsWith('\n            10002 RETURN_VALUE\n')).toBe(true);
  });

  it('recurses into nested code objects after a blank line and a header', () => {
    const inner = code({ name: 'f', firstlineno: 0, filename: 'x.py' });
    const listing = disassembleCode(code({ consts: [{ kind: 'code', code: inner }] }), () => '0xabc');
    expect(listing).toBe(
      [
        '  1           0 LOAD_CONST               0 (<code object f at 0xabc, file "x.py", line -1>)',
        '              2 RETURN_VALUE',
        '',
        'Disassembly of <code object f at 0xabc, file "x.py", line -1>:',
        '  0           0 LOAD_CONST               0 (None)',
        '              2 RETURN_VALUE',
        '',
      ].join('\n'),
    );
  });
});

describe('findLineStarts', () => {
  it('reads signed line increments and stops past the end of the bytecode', () => {
    const c = code({ code: new Uint8Array(8), firstlineno: 10, lnotab: new Uint8Array([2, 3, 2, 0xfe, 0, 5, 10, 1]) });
    expect([...findLineStarts(c)]).toEqual([
      [0, 10],
      [2, 13],
      [4, 16],
    ]);
  });
});
