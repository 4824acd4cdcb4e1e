// Decodes the JSON that scripts/py38/{ast_json,code_json}.py print (CPython 3.8's own AST and
// code objects) into corosim's types, so tests can compare against what CPython produced.
import type { CodeObject } from '../../src/bytecode/code-object.ts';
import type { Constant } from '../../src/bytecode/constant.ts';
import type { Module } from '../../src/parser/ast.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function floatFromRepr(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan' || text === '-nan') return NaN;
  return Number(text);
}

/** Decodes a constant as constant_json.py encodes it. */
export function decodeConstant(json: Json): Constant {
  const c = json as Record<string, Json>;
  switch (c['kind'] as string) {
    case 'None':
      return { kind: 'None' };
    case 'Ellipsis':
      return { kind: 'Ellipsis' };
    case 'bool':
      return { kind: 'bool', value: c['value'] as boolean };
    case 'int':
      return { kind: 'int', value: BigInt(c['value'] as string) };
    case 'float':
      return { kind: 'float', value: floatFromRepr(c['value'] as string) };
    case 'complex':
      return { kind: 'complex', real: floatFromRepr(c['real'] as string), imag: floatFromRepr(c['imag'] as string) };
    case 'str':
      return { kind: 'str', value: c['value'] as string };
    case 'bytes':
      return { kind: 'bytes', value: hexBytes(c['hex'] as string) };
    case 'tuple':
      return { kind: 'tuple', items: (c['items'] as Json[]).map(decodeConstant) };
    case 'frozenset':
      return { kind: 'frozenset', items: (c['items'] as Json[]).map(decodeConstant) };
    case 'code':
      return { kind: 'code', code: decodeCode(c['code'] as Json) };
    default:
      throw new Error(`unknown constant kind ${JSON.stringify(c['kind'])}`);
  }
}

/** Decodes a code object as code_json.py encodes it. */
export function decodeCode(json: Json): CodeObject {
  const c = json as Record<string, Json>;
  return {
    argcount: c['argcount'] as number,
    posonlyargcount: c['posonlyargcount'] as number,
    kwonlyargcount: c['kwonlyargcount'] as number,
    nlocals: c['nlocals'] as number,
    stacksize: c['stacksize'] as number,
    flags: c['flags'] as number,
    code: hexBytes(c['code'] as string),
    consts: (c['consts'] as Json[]).map(decodeConstant),
    names: c['names'] as string[],
    varnames: c['varnames'] as string[],
    freevars: c['freevars'] as string[],
    cellvars: c['cellvars'] as string[],
    filename: c['filename'] as string,
    name: c['name'] as string,
    firstlineno: c['firstlineno'] as number,
    lnotab: hexBytes(c['lnotab'] as string),
  };
}

/** Decodes an AST as ast_json.py encodes it: nodes are already in ast.ts's shape but constants. */
export function decodeAst(json: Json): Module {
  const walk = (node: Json): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = node['_type'] === 'Constant' && key === 'value' ? decodeConstant(value) : walk(value);
    }
    return out;
  };
  return walk(json) as Module;
}
