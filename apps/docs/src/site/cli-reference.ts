/**
 * The CLI reference: `corosim --help` and the help of each command it lists, captured from the
 * built command (packages/cli/dist/bin.js) run as a child process, never copied by hand. A child
 * process writes to a pipe, so commander wraps the help at 80 columns whatever the terminal.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { BuildFailure } from './build-failure.ts';
import { escapeHtml } from './template.ts';

/** What `corosim ARGV...` (the script `bin`) printed on stdout; fails the build when it exits non-zero. */
export function helpText(bin: string, argv: readonly string[]): string {
  const child = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8' });
  if (child.error !== undefined) throw new BuildFailure(`corosim ${argv.join(' ')} did not start: ${child.error.message}`);
  if (child.status !== 0) {
    throw new BuildFailure(`corosim ${argv.join(' ')} exited with status ${String(child.status)}: ${child.stderr.trim().split('\n')[0] ?? ''}`);
  }
  return child.stdout;
}

/** The command names under `Commands:` in help text `help`, without `help` itself. */
export function commandNames(help: string): string[] {
  const section = /^Commands:\n((?: {2}.*\n?)*)/m.exec(help)?.[1] ?? '';
  const names = [...section.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1] ?? '');
  return names.filter((name) => name !== '' && name !== 'help');
}

/**
 * The body of the CLI reference page: the introduction, then the help of `corosim` and of each
 * of its commands, run from the built command `bin`.
 *
 * @throws BuildFailure when a help run fails or `corosim --help` lists no command
 */
export function cliReferenceBody(bin: string, introHtml: string): string {
  const top = helpText(bin, ['--help']);
  const names = commandNames(top);
  if (names.length === 0) throw new BuildFailure('corosim --help lists no command');
  const sections = [`<h2 id="corosim"><code>corosim --help</code></h2>`, `<pre class="output">${escapeHtml(top)}</pre>`];
  const index = names.map((name) => `<a href="#${escapeHtml(name)}"><code>${escapeHtml(name)}</code></a>`);
  for (const name of names) {
    const text = helpText(bin, ['help', name]);
    sections.push(`<h2 id="${escapeHtml(name)}"><code>corosim help ${escapeHtml(name)}</code></h2>`, `<pre class="output">${escapeHtml(text)}</pre>`);
  }
  return [introHtml, `<p class="generated">Captured from the command line when this page was built. Commands: ${index.join(', ')}.</p>`, ...sections].join('\n');
}
