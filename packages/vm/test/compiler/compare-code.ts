// Field-by-field comparison of two code objects, recursing through code constants; used by the
// differential tests against CPython 3.8 and by the committed fixture tests.
import type { CodeObject } from '../../src/bytecode/code-object.ts';
import type { Constant } from '../../src/bytecode/constant.ts';

export interface CompareStats {
  total: number;
  exact: number;
  fields: Record<string, number>;
  errorsOk: number;
  errorsBad: number;
  crashes: number;
  compileMs: number;
  disOk?: number;
  disBad?: number;
}

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

/** A printable form of a constant, with code objects reduced to their names. */
export function constText(c: Constant): string {
  switch (c.kind) {
    case 'None':
    case 'Ellipsis':
      return c.kind;
    case 'bool':
      return String(c.value);
    case 'int':
      return `${c.value}n`;
    case 'float':
      return Object.is(c.value, -0) ? '-0.0f' : `${c.value}f`;
    case 'complex':
      return `${c.real}+${c.imag}j`;
    case 'str':
      return JSON.stringify(c.value);
    case 'bytes':
      return `b'${hex(c.value)}'`;
    case 'tuple':
      return `(${c.items.map(constText).join(',')})`;
    case 'frozenset':
      return `frozenset(${c.items.map(constText).join(',')})`;
    case 'code':
      return `<code ${c.code.name}>`;
  }
}

const FIELDS = ['argcount', 'posonlyargcount', 'kwonlyargcount', 'nlocals', 'stacksize', 'flags', 'code', 'consts', 'names', 'varnames', 'freevars', 'cellvars', 'filename', 'name', 'firstlineno', 'lnotab'] as const;

function fieldText(co: CodeObject, f: (typeof FIELDS)[number]): string {
  const v = co[f];
  if (v instanceof Uint8Array) return hex(v);
  if (f === 'consts') return co.consts.map(constText).join(' | ');
  return JSON.stringify(v);
}

/** Compares `ours` with `want` recursively, counting exact code objects and per-field mismatches. */
export function compareCode(ours: CodeObject, want: CodeObject, where: string, stats: CompareStats, report: string[]): void {
  stats.total++;
  const bad: string[] = [];
  for (const f of FIELDS) {
    const a = fieldText(ours, f);
    const b = fieldText(want, f);
    if (a !== b) {
      bad.push(f);
      stats.fields[f] = (stats.fields[f] ?? 0) + 1;
      report.push(`${where}:${want.name}:${want.firstlineno}: ${f}\n   ours ${a.slice(0, 600)}\n   want ${b.slice(0, 600)}`);
    }
  }
  if (bad.length === 0) stats.exact++;
  const oc = ours.consts.filter((c) => c.kind === 'code');
  const wc = want.consts.filter((c) => c.kind === 'code');
  for (let i = 0; i < wc.length; i++) {
    const w = wc[i];
    const o = oc[i];
    if (w?.kind !== 'code') continue;
    if (o?.kind !== 'code') {
      stats.total++;
      report.push(`${where}:${w.code.name}: missing code object`);
      continue;
    }
    compareCode(o.code, w.code, where, stats, report);
  }
}
