import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/program.ts';

async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'corosim-cli-'));
const program = join(dir, 'hello.py');
writeFileSync(program, 'print("hello")\n');
const latin1 = join(dir, 'latin1.py');
writeFileSync(latin1, Buffer.from([0x23, 0x20, 0xe9, 0x0a]));

describe('corosim command line', () => {
  it('prints help and exits 0 with --help', async () => {
    const result = await cli('--help');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: corosim \[options\] \[command\]/);
    expect(result.stdout).toMatch(/^ {2}run \[options\] <file> /m);
    expect(result.stdout).toMatch(/^ {2}dis <file> /m);
    expect(result.stdout).toMatch(/^ {2}walkthrough \[options\] \[name\] /m);
  });

  it('documents the limits of run', async () => {
    const result = await cli('run', '--help');
    expect(result.stdout).toMatch(/--max-instructions <n>/);
    expect(result.stdout).toMatch(/--max-heap <bytes>/);
  });

  it('rejects a malformed limit with one line', async () => {
    expect(await cli('run', '--max-heap', '10Q', program)).toEqual({ status: 2, stdout: '', stderr: "corosim: expected a byte count such as 512M, not '10Q'\n" });
  });

  it('takes --jit-threshold, whose choice never changes the output', async () => {
    const loops = join(mkdtempSync(join(tmpdir(), 'corosim-cli-')), 'loops.py');
    writeFileSync(loops, 'def f(n):\n    return sum(i * i for i in range(n))\nprint(f(10), f(3))\n');
    const output = { status: 0, stdout: '285 5\n', stderr: '' };
    for (const threshold of ['never', '0', '1_000']) expect(await cli('run', '--jit-threshold', threshold, loops)).toEqual(output);
    expect((await cli('run', '--help')).stdout).toMatch(/--jit-threshold <n>/);
    expect(await cli('run', '--jit-threshold', '-1', loops)).toEqual({ status: 2, stdout: '', stderr: "corosim: expected a whole number or 'never', not '-1'\n" });
  }, 30_000);

  it('prints help on stderr and exits 2 with no command', async () => {
    const result = await cli();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Usage: corosim/);
  });

  it.each([
    [['frobnicate'], "corosim: unknown command 'frobnicate'\n"],
    [['rnu', 'x.py'], "corosim: unknown command 'rnu' (did you mean 'run'?)\n"],
    [['--frobnicate'], "corosim: unknown option '--frobnicate'\n"],
    [['run'], "corosim: missing required argument 'file'\n"],
    [['run', '--fast', 'x.py'], "corosim: unknown option '--fast'\n"],
    [['run', 'nonexistent.py'], "corosim: can't open file 'nonexistent.py': No such file or directory\n"],
    [['dis', 'nonexistent.py'], "corosim: can't open file 'nonexistent.py': No such file or directory\n"],
    [['run', '.'], "corosim: '.' is a directory, not a Python file\n"],
  ])('rejects %j with one line and exit status 2', async (argv, message) => {
    expect(await cli(...argv)).toEqual({ status: 2, stdout: '', stderr: message });
  });

  it.each([['run'], ['dis']])('%s fails on a file that is not UTF-8 and declares no encoding as python3.8 does', async (command) => {
    expect(await cli(command, latin1)).toEqual({
      status: 1,
      stdout: '',
      stderr: `  File "${latin1}", line 1\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${latin1} on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n`,
    });
  });

  it('imports a module in the encoding it declares, and fails on one that is not UTF-8 as importlib does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'corosim-cli-'));
    writeFileSync(join(folder, 'latin.py'), Buffer.from('# coding: latin-1\nX = "\xe9"\n', 'latin1'));
    writeFileSync(join(folder, 'broken.py'), Buffer.from('x = "\xe9"\n', 'latin1'));
    const ok = join(folder, 'ok.py');
    writeFileSync(ok, 'import latin\nprint(latin.X)\n');
    expect(await cli('run', ok)).toEqual({ status: 0, stdout: '\u00e9\n', stderr: '' });
    const bad = join(folder, 'bad.py');
    writeFileSync(bad, 'import broken\n');
    expect(await cli('run', bad)).toEqual({
      status: 1,
      stdout: '',
      stderr: `Traceback (most recent call last):\n  File "${bad}", line 1, in <module>\n    import broken\n  File "${join(folder, 'broken.py')}", line 1\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data\n`,
    });
  });

  it('runs a file in the encoding it declares', async () => {
    const declared = join(dir, 'declared.py');
    writeFileSync(declared, Buffer.from('# -*- coding: latin-1 -*-\nprint("caf\xe9")\n', 'latin1'));
    expect(await cli('run', declared)).toEqual({ status: 0, stdout: 'caf\u00e9\n', stderr: '' });
  });

  it('rejects an unreadable file', async () => {
    const secret = join(dir, 'secret.py');
    writeFileSync(secret, 'x = 1\n');
    chmodSync(secret, 0o000);
    const result = await cli('run', secret);
    // root reads any file (and runs it); everyone else is refused.
    if (process.getuid?.() !== 0) {
      expect(result.stderr).toBe(`corosim: can't open file '${secret}': Permission denied\n`);
      expect(result.status).toBe(2);
    } else {
      expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    }
  });

  it('runs a program that compiles, as python3.8 FILE does', async () => {
    expect(await cli('run', program)).toEqual({ status: 0, stdout: 'hello\n', stderr: '' });
  });

  it("passes what follows the file to the program as sys.argv[1:], options included, as python3.8 FILE ARGS does", async () => {
    const argv = join(dir, 'argv.py');
    writeFileSync(argv, 'import sys\nprint(sys.argv[1:], sys.argv[0] == __file__)\n');
    expect(await cli('run', argv)).toEqual({ status: 0, stdout: '[] True\n', stderr: '' });
    expect(await cli('run', '--jit-threshold', '0', argv, 'one', '--jit-threshold', '-x')).toEqual({
      status: 0,
      stdout: "['one', '--jit-threshold', '-x'] True\n",
      stderr: '',
    });
    const traced = await cli('trace', '--only', 'call', argv, '--json');
    expect(traced.stdout).toContain("['--json'] True\n");
    expect(traced.stdout).toMatch(/^\[t= {2}0\.000\] call {7}<module>/m);
  });

  it('exits with the status of sys.exit and prints an uncaught exception', async () => {
    const exits = join(dir, 'exits.py');
    writeFileSync(exits, 'import sys\nsys.exit(3)\n');
    expect(await cli('run', exits)).toEqual({ status: 3, stdout: '', stderr: '' });
    const raises = join(dir, 'raises.py');
    writeFileSync(raises, 'raise ValueError("bad")\n');
    expect(await cli('run', raises)).toEqual({
      status: 1,
      stdout: '',
      stderr: `Traceback (most recent call last):\n  File "${raises}", line 1, in <module>\n    raise ValueError("bad")\nValueError: bad\n`,
    });
  });

  it('fails run and dis of a program that does not compile as python3.8 FILE does', async () => {
    const bad = join(dir, 'bad.py');
    writeFileSync(bad, 'print("unclosed"\n');
    // What python3.8 prints for it, file-mode quirks included (line 2, an empty text line).
    const error = `  File "${bad}", line 2\n    \n                    ^\nSyntaxError: unexpected EOF while parsing\n`;
    expect(await cli('run', bad)).toEqual({ status: 1, stdout: '', stderr: error });
    expect(await cli('dis', bad)).toEqual({ status: 1, stdout: '', stderr: error });
  });

  it('disassembles a program as dis.dis prints it', async () => {
    expect(await cli('dis', program)).toEqual({
      status: 0,
      stdout:
        '  1           0 LOAD_NAME                0 (print)\n' +
        "              2 LOAD_CONST               0 ('hello')\n" +
        '              4 CALL_FUNCTION            1\n' +
        '              6 POP_TOP\n' +
        '              8 LOAD_CONST               1 (None)\n' +
        '             10 RETURN_VALUE\n',
      stderr: '',
    });
  });
});

describe('corosim run --layout-dir', () => {
  const layouts = join(dir, 'layouts');
  const shown = join(dir, 'shown.py');
  writeFileSync(shown, 'import corosim\ndef g():\n    yield 1\nit = g()\ncorosim.layout(it)\nnext(it)\ncorosim.layout(it)\nprint("done")\n');

  it('writes an SVG per corosim.layout() call, the program running as without it', async () => {
    const plain = await cli('run', shown);
    const drawn = await cli('run', '--layout-dir', layouts, shown);
    expect(drawn).toEqual(plain);
    expect(readdirSync(layouts).sort()).toEqual(['layout-001.svg', 'layout-002.svg']);
    const second = readFileSync(join(layouts, 'layout-002.svg'), 'utf8');
    expect(second).toMatch(/^<svg /);
    expect(second).toContain('data-struct="PyGenObject"');
    expect(second).toContain('<g class="row changed" data-field="f_lasti">');
  });

  it('rejects a layout folder that is a file, with one line', async () => {
    expect(await cli('run', '--layout-dir', program, shown)).toEqual({ status: 2, stdout: '', stderr: `corosim: --layout-dir: '${program}' is not a folder\n` });
  });
});
