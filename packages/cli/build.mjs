// Bundles the CLI into dist/ with esbuild: the command runs plain JavaScript, never TypeScript
// compiled at start-up. Commands are split into chunks loaded on demand, so `--version` and
// `--help` never load the VM.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inlineRefcountsPlugin } from '../../scripts/build/inline-refcounts.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Chunks have content hashes in their names (`chunk-XXXXXXXX.js`, `walkthrough-XXXXXXXX.js`):
// drop the last build's, or they pile up.
const dist = new URL('./dist/', import.meta.url);
for (const name of existsSync(dist) ? readdirSync(dist, { withFileTypes: true }) : []) {
  if (name.isFile() && /-[A-Z0-9]{8}\.js(\.map)?$/.test(name.name)) rmSync(new URL(name.name, dist));
}

await build({
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  entryPoints: { bin: 'src/bin.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  // commander is CommonJS and requires node builtins; give the ESM bundle a real `require`.
  banner: { js: "import { createRequire as __corosimRequire } from 'node:module'; const require = __corosimRequire(import.meta.url);" },
  define: { COROSIM_VERSION: JSON.stringify(version) },
  // The walkthrough programs are bundled as text (src/walkthroughs/*.py).
  loader: { '.py': 'text' },
  plugins: [inlineRefcountsPlugin],
  logLevel: 'warning',
});
