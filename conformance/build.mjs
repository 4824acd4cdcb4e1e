// Bundles the runner, its pool worker, the corpus sync and the benchmark runner into dist/.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inlineRefcountsPlugin } from '../scripts/build/inline-refcounts.mjs';

await build({
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  entryPoints: ['src/cli.ts', 'src/worker.ts', 'src/sync.ts', 'src/bench.ts', 'src/differential.ts', 'src/bench-compile.ts'],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // The VM as the CLI bundles it (reference counts inlined per call site), so the corpus checks that.
  plugins: [inlineRefcountsPlugin],
  logLevel: 'warning',
});
