import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuildFailure } from '../src/site/build-failure.ts';
import { commandNames, helpText } from '../src/site/cli-reference.ts';

// The built command, written by `pnpm install` (the root `prepare` script).
const BIN = fileURLToPath(new URL('../../../packages/cli/dist/bin.js', import.meta.url));

describe('commandNames', () => {
  it('lists the commands of commander help text, wrapped descriptions and help left out', () => {
    const help = 'Usage: x\n\nCommands:\n  run [options] <file>  run a\n                        program\n  dis <file>            print\n  help [command]        help\n';
    expect(commandNames(help)).toEqual(['run', 'dis']);
  });
});

describe('helpText', () => {
  it('captures the help of the built corosim, and of each command it lists', () => {
    const names = commandNames(helpText(BIN, ['--help']));
    expect(names).toContain('run');
    for (const name of names) expect(helpText(BIN, ['help', name])).toMatch(new RegExp(`^Usage: corosim ${name}\\b`));
  });

  it('fails the build with a one-line message when the command fails', () => {
    expect(() => helpText(BIN, ['help', 'no-such-command'])).toThrow(BuildFailure);
  });
});
