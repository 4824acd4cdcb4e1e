/**
 * The process entry of `corosim`: the only file that touches `process`.
 * @module
 */
import { main } from './program.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
