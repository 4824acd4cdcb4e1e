// The inspector: rows of each struct at the offsets of the CPython 3.8 reference, and the
// `corosim` module printing them from Python.
import { describe, expect, it } from 'vitest';
import { formatLayout, runMain, type LayoutRow } from '../../src/index.ts';
import { STRUCTS } from '../../src/inspect/layouts.generated.ts';

function run(source: string): string {
  let out = '';
  const outcome = runMain(source, { filename: 'layout.py', write: (_, t) => (out += t) });
  expect(outcome).toEqual({ status: 'exited', exitCode: 0 });
  return out;
}

/** `field -> offset` pairs of the tables printed by corosim.layout(). */
function offsets(out: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of out.split('\n')) {
    const cells = line.trim().split(/\s{2,}/);
    const [, field, , offset] = cells;
    if (field !== undefined && offset !== undefined && /^\d+$/.test(offset)) m.set(field, Number(offset));
  }
  return m;
}

describe('corosim.layout', () => {
  it('lays a generator out as PyGenObject', () => {
    const out = run('import corosim\ndef g():\n    yield 1\nx = g()\nnext(x)\ncorosim.layout(x)\n');
    const got = offsets(out);
    const gen = STRUCTS.PyGenObject.fields;
    const exc = STRUCTS._PyErr_StackItem.fields;
    expect(got.get('ob_refcnt')).toBe(STRUCTS.PyObject.fields.ob_refcnt.offset);
    expect(got.get('ob_type')).toBe(STRUCTS.PyObject.fields.ob_type.offset);
    for (const f of ['gi_frame', 'gi_running', 'gi_code', 'gi_weakreflist', 'gi_name', 'gi_qualname'] as const) expect(got.get(f)).toBe(gen[f].offset);
    for (const f of ['exc_type', 'exc_value', 'exc_traceback', 'previous_item'] as const) {
      expect(got.get(`gi_exc_state.${f}`)).toBe(gen.gi_exc_state.offset + exc[f].offset);
    }
    expect(out).toMatch(/^generator at 0x[0-9a-f]+: PyGenObject, 96 bytes, PyGC_Head at 0x/m);
    expect(out).toMatch(/gi_running +char +24 +0x[0-9a-f]+ +0 +False/);
  });

  it('shows the exception state a suspended generator keeps, and previous_item only while it runs', () => {
    const out = run([
      'import corosim',
      'def g():',
      '    try:',
      '        1/0',
      '    except ZeroDivisionError:',
      '        yield 1',
      '        corosim.layout(x)',
      '    yield 2',
      'x = g()',
      'next(x)',
      'corosim.layout(x)',
      'next(x)',
      '',
    ].join('\n'));
    const [suspended, running] = out.split(/^generator at /m).slice(1);
    expect(suspended).toMatch(/gi_exc_state\.exc_value +PyObject \* +72 +0x[0-9a-f]+ +0x[0-9a-f]+ +ZeroDivisionError\('division by zero'\)/);
    expect(suspended).toMatch(/gi_exc_state\.previous_item +struct _err_stackitem \* +88 +0x[0-9a-f]+ +NULL/);
    expect(running).toMatch(/gi_running +char +24 +0x[0-9a-f]+ +1 +True/);
    expect(running).toMatch(/gi_exc_state\.previous_item .* &tstate->exc_state/);
  });

  it('lays out coroutines, frames, code objects and async generators', () => {
    const out = run([
      'import corosim',
      'async def c():',
      '    pass',
      'async def ag():',
      '    yield 1',
      'def g():',
      '    for i in range(3):',
      '        yield i',
      'co = c()',
      'corosim.layout(co)',
      'co.close()',
      'a = ag()',
      'corosim.layout(a)',
      'aw = a.asend(None)',
      'corosim.layout(aw)',
      'x = g()',
      'next(x)',
      'corosim.layout(x.gi_frame)',
      'corosim.layout(g.__code__)',
      '',
    ].join('\n'));
    const got = offsets(out);
    expect(got.get('cr_origin')).toBe(STRUCTS.PyCoroObject.fields.cr_origin.offset);
    for (const f of ['ag_finalizer', 'ag_hooks_inited', 'ag_closed'] as const) expect(got.get(f)).toBe(STRUCTS.PyAsyncGenObject.fields[f].offset);
    for (const f of ['ags_gen', 'ags_sendval', 'ags_state'] as const) expect(got.get(f)).toBe(STRUCTS.PyAsyncGenASend.fields[f].offset);
    for (const f of ['f_back', 'f_code', 'f_gen', 'f_lasti', 'f_lineno', 'f_iblock', 'f_executing'] as const) {
      expect(got.get(f)).toBe(STRUCTS.PyFrameObject.fields[f].offset);
    }
    for (const f of ['co_argcount', 'co_flags', 'co_filename', 'co_name', 'co_zombieframe', 'co_opcache_size'] as const) {
      expect(got.get(f)).toBe(STRUCTS.PyCodeObject.fields[f].offset);
    }
    // A 3.8 for loop pushes no block: its iterator sits on the value stack.
    expect(out).toMatch(/f_lasti +int +104 +0x[0-9a-f]+ +\d+ +last instruction at byte/);
    expect(out).toMatch(/f_valuestack\[0\] .*<range_iterator object at 0x/);
    expect(out).toMatch(/ags_state +AwaitableState +32 +0x[0-9a-f]+ +0 +AWAITABLE_STATE_INIT/);
  });
});

describe('formatLayout', () => {
  it('aligns columns and right-aligns offsets', () => {
    const rows: LayoutRow[] = [
      { struct: 'PyObject', field: 'ob_refcnt', ctype: 'Py_ssize_t', offset: 0, size: 8, address: 16, content: '1', repr: '' },
      { struct: 'PyGenObject', field: 'gi_running', ctype: 'char', offset: 24, size: 1, address: null, content: '0', repr: 'False' },
    ];
    expect(formatLayout(rows)).toBe([
      'struct       field       C type      offset  address  content  repr',
      '-----------  ----------  ----------  ------  -------  -------  -----',
      'PyObject     ob_refcnt   Py_ssize_t       0  0x10     1',
      'PyGenObject  gi_running  char            24  -        0        False',
      '',
    ].join('\n'));
  });
});
