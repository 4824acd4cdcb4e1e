// The built command as a user runs it: node_modules/.bin/corosim at the repository root,
// written by `pnpm install`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../node_modules/.bin/corosim', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function corosim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(BIN, args, { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('node_modules/.bin/corosim', () => {
  it('prints the version of the package', () => {
    expect(corosim('--version')).toEqual({ status: 0, stdout: `corosim ${version} (Python 3.8)\n`, stderr: '' });
  });

  it('compiles its bundle as read: dist/cli-main.cjs holds the module wrapper itself', () => {
    // launch.ts used to join the 3 MB text to a wrapper, and V8 kept that copy for the whole run.
    const bundle = readFileSync(new URL('../dist/cli-main.cjs', import.meta.url), 'latin1');
    expect(bundle.startsWith('(function (exports, require, module, __filename, __dirname) {\n')).toBe(true);
    const program = join(mkdtempSync(join(tmpdir(), 'corosim-bin-')), 'one.py');
    writeFileSync(program, 'print(1)\n');
    expect(corosim('run', program)).toEqual({ status: 0, stdout: '1\n', stderr: '' });
  });

  it('stops quietly when its reader goes away', () => {
    // A listing far larger than a pipe's buffer, so the write fails with EPIPE.
    const program = join(mkdtempSync(join(tmpdir(), 'corosim-bin-')), 'long.py');
    writeFileSync(program, 'x = 1\n'.repeat(20_000));
    const child = spawnSync('sh', ['-c', `"${BIN}" dis "${program}" | head -c 5; echo " $?"`], { encoding: 'utf8' });
    expect({ stdout: child.stdout, stderr: child.stderr }).toEqual({ stdout: '    1 0\n', stderr: '' });
  });

  it("keeps the order of a run's stdout and stderr when both go to one pipe", () => {
    // The worker running the program writes both itself: through the worker's own streams,
    // its stderr overtook the stdout written before it.
    const program = join(mkdtempSync(join(tmpdir(), 'corosim-bin-')), 'order.py');
    writeFileSync(program, 'import sys\nfor i in range(3):\n    print("out", i)\n    sys.stderr.write("err ")\n    sys.stderr.write(str(i) + "\\n")\n');
    const child = spawnSync('sh', ['-c', `"${BIN}" run "${program}" 2>&1`], { encoding: 'utf8' });
    expect(child.stdout).toBe('out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\n');
  });

  it('writes text longer than its buffer whole, multi-byte characters included', () => {
    const program = join(mkdtempSync(join(tmpdir(), 'corosim-bin-')), 'wide.py');
    writeFileSync(program, 'import sys\nprint("é€😀" * 20000)\nsys.stderr.write("x" * 70000 + "\\n")\nprint("end")\n');
    const child = spawnSync('sh', ['-c', `"${BIN}" run "${program}" 2>&1`], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(child.stdout).toBe(`${'é€😀'.repeat(20000)}\n${'x'.repeat(70000)}\nend\n`);
  });

  it('writes what a program printed before it ran out of host memory', () => {
    // Output still buffered when the worker died used to be lost with it.
    const program = join(mkdtempSync(join(tmpdir(), 'corosim-bin-')), 'grow.py');
    writeFileSync(program, 'print("before")\nx = []\nwhile True:\n    x.append([None] * 1000000)\n');
    const child = spawnSync(BIN, ['run', program], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=100' } });
    expect({ status: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({
      status: 134,
      stdout: 'before\n',
      stderr: 'corosim: the program used more memory than the host allows and was stopped (lower --max-heap to stop it sooner)\n',
    });
  }, 30_000);

  it('ends a run quietly when its reader goes away', () => {
    const program = join(mkdtempSync(join(tmpdir(), 'corosim-bin-')), 'forever.py');
    writeFileSync(program, 'i = 0\nwhile True:\n    print(i)\n    i += 1\n');
    const child = spawnSync('sh', ['-c', `"${BIN}" run "${program}" | head -n 2; echo "$?"`], { encoding: 'utf8' });
    expect({ stdout: child.stdout, stderr: child.stderr }).toEqual({ stdout: '0\n1\n0\n', stderr: '' });
  });

  it('keeps its compiled code in the cache folder and runs the same from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corosim-cache-'));
    const program = join(dir, 'hello.py');
    writeFileSync(program, 'def f():\n    yield 1\nprint(list(f()))\n');
    const cache = join(dir, 'cache');
    const env: NodeJS.ProcessEnv = { ...process.env, COROSIM_CACHE_DIR: cache };
    delete env['COROSIM_NO_CACHE'];
    const first = spawnSync(BIN, ['run', program], { encoding: 'utf8', env });
    const files = readdirSync(cache);
    expect(files).toEqual([expect.stringMatching(/^cli-[0-9a-f]{16}\.v8cache$/)]);
    const second = spawnSync(BIN, ['run', program], { encoding: 'utf8', env });
    expect([first.stdout, second.stdout, second.stderr, second.status]).toEqual(['[1]\n', '[1]\n', '', 0]);
    expect(readdirSync(cache)).toEqual(files);
    const none = join(dir, 'none');
    spawnSync(BIN, ['run', program], { encoding: 'utf8', env: { ...env, COROSIM_CACHE_DIR: none, COROSIM_NO_CACHE: '1' } });
    expect(existsSync(none)).toBe(false);
  }, 30_000);

  it.each([
    [['run', 'nonexistent.py'], "corosim: can't open file 'nonexistent.py': No such file or directory\n"],
    [['run', '.'], "corosim: '.' is a directory, not a Python file\n"],
    [['frobnicate'], "corosim: unknown command 'frobnicate'\n"],
  ])('answers %j with one line and exit status 2', (args, message) => {
    expect(corosim(...args)).toEqual({ status: 2, stdout: '', stderr: message });
  });
});
