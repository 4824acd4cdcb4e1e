// Bundles the docs builder (src/build.ts) into dist/build.js with esbuild, so `pnpm docs:build`
// runs plain JavaScript. The packages are bundled from their TypeScript sources; TypeDoc runs
// as its own command, and esbuild (which the playground's build calls) has a native binary, so
// neither is bundled.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

await build({
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  entryPoints: { build: 'src/build.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  external: ['typedoc', 'esbuild'],
  // @corosim/cli's walkthrough programs are imported as text wherever its modules are scanned.
  loader: { '.py': 'text' },
  logLevel: 'warning',
});
