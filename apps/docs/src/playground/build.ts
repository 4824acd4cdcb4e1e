/**
 * Builds the playground into the site: `playground/index.html` (the site template around the
 * editor and panes), `playground/playground.js` (the page script) and `playground/worker.js`
 * (the VM and the Python runtime, bundled by esbuild for browsers). The site generator calls
 * {@link buildPlayground} with its output folder.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageHtml } from '../site/template.ts';
import { EXAMPLE_PROGRAM } from './example.ts';
import { PLAYGROUND_CSS, playgroundBody } from './markup.ts';
import { inlineRefcountsPlugin } from '../../../../scripts/build/inline-refcounts.mjs';

/** The docs app's folder (the one whose package.json is `@corosim/docs`), from wherever this code runs. */
function docsRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === '@corosim/docs') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('buildPlayground: cannot find the @corosim/docs folder above this module');
    dir = parent;
  }
}

/**
 * esbuild's JavaScript API, loaded at run time from node_modules. The docs builder bundles this
 * module (build.mjs), and esbuild refuses to run from inside a bundle; a `require` made by
 * `createRequire` is one no bundler follows, so it works bundled and unbundled alike.
 */
function esbuild(): typeof import('esbuild') {
  return createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
}

/**
 * What the browser bundles must never load. `@corosim/cli`'s entry point also exports the
 * command line (commander, node:fs); the playground uses only its node-free modules, and
 * esbuild drops the rest because the package declares it free of side effects. These stay
 * external so that a mistake shows up as an import this build rejects, not as a broken page.
 */
const NODE_ONLY = ['node:*', 'commander'];

/** An import of a node-only module left in a bundle. */
const NODE_ONLY_IMPORT = /\b(?:from|import)\s*\(?\s*["'](node:[^"']*|commander)["']/;

/**
 * Writes the playground page and its scripts into `siteDir/playground/`.
 *
 * @remarks
 * The page script and the worker are ES modules for current browsers, minified (keeping class
 * and function names, which error messages show). The build fails if either bundle would
 * import a node-only module.
 *
 * @param siteDir - the site's output folder (its root, where `index.html` goes)
 * @returns when the three files are written
 * @example
 * ```ts
 * await buildPlayground('apps/docs/site');
 * ```
 */
export async function buildPlayground(siteDir: string): Promise<void> {
  const root = docsRoot();
  const outdir = join(siteDir, 'playground');
  const result = await esbuild().build({
    absWorkingDir: root,
    entryPoints: { playground: 'src/playground/page.ts', worker: 'src/playground/worker.ts' },
    outdir,
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome100', 'firefox114', 'safari16'],
    minify: true,
    keepNames: true,
    legalComments: 'none',
    external: NODE_ONLY,
    // @corosim/cli's walkthroughs import their programs as text; esbuild reads them while
    // scanning the package even though the playground drops them.
    loader: { '.py': 'text' },
    plugins: [inlineRefcountsPlugin],
    logLevel: 'warning',
  });
  await mkdir(outdir, { recursive: true });
  for (const file of result.outputFiles) {
    const bad = NODE_ONLY_IMPORT.exec(file.text);
    if (bad !== null) throw new Error(`buildPlayground: ${file.path} would import '${bad[1] ?? ''}' in the browser`);
    await writeFile(file.path, file.contents);
  }
  const html = pageHtml({
    title: 'Playground',
    path: 'playground/index.html',
    head: `<style>${PLAYGROUND_CSS}</style>\n<script type="module" src="playground.js"></script>`,
    body: playgroundBody(EXAMPLE_PROGRAM),
  });
  await writeFile(join(outdir, 'index.html'), html);
}
