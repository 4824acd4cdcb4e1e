// Acorn-style token tables: source → tokens with CPython's positions (line:byte-column), as the
// parser sees them (parsetok turns the final ENDMARKER into NEWLINE + DEDENTs + ENDMARKER).
import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../src/source/source-buffer.ts';
import { Tokenizer } from '../../src/tokenizer/tokenizer.ts';
import { ENDMARKER, kindName } from '../../src/tokenizer/token-kind.ts';

function tokens(source: string): string[] {
  const t = new Tokenizer(prepareSource(source, 't.py'));
  const out: string[] = [];
  for (;;) {
    t.next();
    const text = t.start >= 0 && t.end > t.start ? ` ${JSON.stringify(t.value())}` : '';
    out.push(`${kindName(t.type)}${text} ${t.lineno}:${t.colOffset}-${t.endLineno}:${t.endColOffset}`);
    if (t.type === ENDMARKER) return out;
  }
}

const table: [string, string[]][] = [
  ['x = 1\n', ['NAME "x" 1:0-1:1', '= "=" 1:2-1:3', 'NUMBER "1" 1:4-1:5', 'NEWLINE 1:5-1:5', 'NEWLINE 2:-1-2:-1', 'ENDMARKER 2:-1-2:-1']],
  ['if a:\n  b\n', [
    'if "if" 1:0-1:2', 'NAME "a" 1:3-1:4', ': ":" 1:4-1:5', 'NEWLINE 1:5-1:5', 'INDENT 2:-1-2:-1', 'NAME "b" 2:2-2:3',
    'NEWLINE 2:3-2:3', 'DEDENT 3:-1-3:-1', 'NEWLINE 3:-1-3:-1', 'ENDMARKER 3:-1-3:-1',
  ]],
  ['é = "ü"\n', ['NAME "é" 1:0-1:2', '= "=" 1:3-1:4', 'STRING "\\"ü\\"" 1:5-1:9', 'NEWLINE 1:9-1:9', 'NEWLINE 2:-1-2:-1', 'ENDMARKER 2:-1-2:-1']],
  ['s = """a\nb"""\n', ['NAME "s" 1:0-1:1', '= "=" 1:2-1:3', 'STRING "\\"\\"\\"a\\nb\\"\\"\\"" 1:4-2:4', 'NEWLINE 2:4-2:4', 'NEWLINE 3:-1-3:-1', 'ENDMARKER 3:-1-3:-1']],
  ['x = (1,\n  2)\n', [
    'NAME "x" 1:0-1:1', '= "=" 1:2-1:3', '( "(" 1:4-1:5', 'NUMBER "1" 1:5-1:6', ', "," 1:6-1:7', 'NUMBER "2" 2:2-2:3',
    ') ")" 2:3-2:4', 'NEWLINE 2:4-2:4', 'NEWLINE 3:-1-3:-1', 'ENDMARKER 3:-1-3:-1',
  ]],
  ['a = 1 + \\\n  2\n', [
    'NAME "a" 1:0-1:1', '= "=" 1:2-1:3', 'NUMBER "1" 1:4-1:5', '+ "+" 1:6-1:7', 'NUMBER "2" 2:2-2:3', 'NEWLINE 2:3-2:3',
    'NEWLINE 3:-1-3:-1', 'ENDMARKER 3:-1-3:-1',
  ]],
  ['x **= 1_0j ... -> := != //=\n', [
    'NAME "x" 1:0-1:1', '**= "**=" 1:2-1:5', 'NUMBER "1_0j" 1:6-1:10', '... "..." 1:11-1:14', '-> "->" 1:15-1:17',
    ':= ":=" 1:18-1:20', '!= "!=" 1:21-1:23', '//= "//=" 1:24-1:27', 'NEWLINE 1:27-1:27', 'NEWLINE 2:-1-2:-1', 'ENDMARKER 2:-1-2:-1',
  ]],
  ['async def f(): await x\n', [
    'async "async" 1:0-1:5', 'def "def" 1:6-1:9', 'NAME "f" 1:10-1:11', '( "(" 1:11-1:12', ') ")" 1:12-1:13', ': ":" 1:13-1:14',
    'await "await" 1:15-1:20', 'NAME "x" 1:21-1:22', 'NEWLINE 1:22-1:22', 'NEWLINE 2:-1-2:-1', 'ENDMARKER 2:-1-2:-1',
  ]],
  ['rb"x" f\'y\' Rb"" u"" .5 1.e3\n', [
    'STRING "rb\\"x\\"" 1:0-1:5', 'STRING "f\'y\'" 1:6-1:10', 'STRING "Rb\\"\\"" 1:11-1:15', 'STRING "u\\"\\"" 1:16-1:19',
    'NUMBER ".5" 1:20-1:22', 'NUMBER "1.e3" 1:23-1:27', 'NEWLINE 1:27-1:27', 'NEWLINE 2:-1-2:-1', 'ENDMARKER 2:-1-2:-1',
  ]],
  ['# only a comment\n\n', ['ENDMARKER 3:-1-3:-1']],
  ['x = 1\r\ny = 2', [
    'NAME "x" 1:0-1:1', '= "=" 1:2-1:3', 'NUMBER "1" 1:4-1:5', 'NEWLINE 1:5-1:5', 'NAME "y" 2:0-2:1', '= "=" 2:2-2:3',
    'NUMBER "2" 2:4-2:5', 'NEWLINE 2:5-2:5', 'NEWLINE 3:-1-3:-1', 'ENDMARKER 3:-1-3:-1',
  ]],
  ['\ufeff$\n', ['ERRORTOKEN "$" 1:0-1:1', 'NEWLINE 1:1-1:1', 'NEWLINE 2:-1-2:-1', 'ENDMARKER 2:-1-2:-1']],
];

describe('Tokenizer', () => {
  for (const [source, expected] of table) {
    it(`tokenizes ${JSON.stringify(source)}`, () => {
      expect(tokens(source)).toEqual(expected);
    });
  }
});
