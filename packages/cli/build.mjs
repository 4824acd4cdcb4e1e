// Bundles the CLI into dist/ with esbuild: the command runs plain JavaScript, never TypeScript
// compiled at start-up.
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

const common = {
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  define: { COROSIM_VERSION: JSON.stringify(version) },
  // The walkthrough programs are bundled as text (src/walkthroughs/*.py).
  loader: { '.py': 'text' },
  plugins: [inlineRefcountsPlugin],
  logLevel: 'warning',
};

// The command line itself, as one CommonJS script: launch.ts compiles it with V8's code cache,
// which Node gives scripts and not ES modules. The file holds the function wrapper Node puts
// around a module, so that launch.ts compiles the text as read, without a copy of the 3 MB
// joined to a wrapper for the whole run; and no whitespace V8 would keep in memory with it
// (COROSIM_READABLE=1 keeps it, one statement per line, for profiles that name lines).
await build({
  ...common,
  entryPoints: { 'cli-main': 'src/cli-main.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  minifyWhitespace: process.env.COROSIM_READABLE === undefined,
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '\n})' },
});

// The process entry (bin.js) and the library (index.js), whose commands are chunks loaded on
// demand, so `main(['--version'])` never loads the VM.
await build({
  ...common,
  entryPoints: { bin: 'src/bin.ts', index: 'src/index.ts' },
  splitting: true,
  format: 'esm',
  // commander is CommonJS and requires node builtins; give the ESM bundle a real `require`.
  banner: { js: "import { createRequire as __corosimRequire } from 'node:module'; const require = __corosimRequire(import.meta.url);" },
});
