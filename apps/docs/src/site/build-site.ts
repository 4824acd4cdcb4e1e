/**
 * The whole docs site, built from live runs: the Markdown pages, the three walkthroughs run in
 * this process, the CLI's help, the conformance runner and TypeDoc (the last two as child
 * processes that run while the rest is built), and the playground when it is there.
 * @module
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiReference } from './api-reference.ts';
import { BuildFailure } from './build-failure.ts';
import { cliReferenceBody } from './cli-reference.ts';
import { conformancePageBody, runConformance } from './conformance-page.ts';
import { renderMarkdown, type RenderedPage } from './markdown.ts';
import type { SitePaths } from './paths.ts';
import { pageHtml, STYLESHEET_PATH } from './template.ts';
import { walkthroughPage } from './walkthrough-page.ts';
import { runWalkthrough } from './walkthrough-run.ts';
import { writeSiteFile } from './write-file.ts';

/** The walkthroughs and their programs in packages/cli/src/walkthroughs. */
export const WALKTHROUGHS = [
  { name: 'generator', filename: 'fib.py' },
  { name: 'coroutine', filename: 'cor.py' },
  { name: 'asyncgen', filename: 'async_fib.py' },
] as const;

/** Hooks of a build: progress lines, and the optional playground builder. */
export interface BuildHooks {
  /** Receives one line per finished step. */
  readonly progress: (line: string) => void;
  /** Builds the playground into the site folder, when there is one. */
  readonly buildPlayground?: (siteDir: string) => Promise<void>;
}

/** Page `pages/NAME.md` rendered. */
function markdownPage(paths: SitePaths, name: string): RenderedPage {
  return renderMarkdown(readFileSync(join(paths.docs, 'pages', `${name}.md`), 'utf8'), paths.docs);
}

/** Writes page `path` of the site. */
function writePage(paths: SitePaths, path: string, title: string, body: string): void {
  writeSiteFile(paths.site, path, pageHtml({ title, body, path }));
}

/**
 * Builds the site into `paths.site` (emptied first).
 *
 * @throws BuildFailure when a live run fails
 */
export async function buildSite(paths: SitePaths, hooks: BuildHooks): Promise<void> {
  const { progress } = hooks;
  rmSync(paths.site, { recursive: true, force: true });
  mkdirSync(paths.site, { recursive: true });
  copyFileSync(join(paths.docs, 'src', 'site', 'style.css'), join(paths.site, STYLESHEET_PATH));

  // The slow live runs go on in child processes while the rest is built here.
  const runner = join(paths.repo, 'conformance', 'dist', 'cli.js');
  const corpus = runConformance(runner, [], paths.repo);
  const stdlib = runConformance(runner, ['--corpus', join(paths.repo, '..', 'shared', 'stdlib'), '--if-present'], paths.repo);
  const refcounts = runConformance(runner, ['--check-refcounts'], paths.repo);
  mkdirSync(join(paths.docs, 'dist'), { recursive: true });
  const api = buildApiReference(paths.docs, join(paths.site, 'api'), join(paths.docs, 'dist', 'typedoc.log'));
  // Nothing is awaited before the steps below, so a failure of these must not go unobserved.
  for (const pending of [corpus, stdlib, refcounts, api]) pending.catch(() => undefined);

  for (const name of ['index', 'guide'] as const) {
    const page = markdownPage(paths, name);
    writePage(paths, `${name}.html`, page.title, page.html);
    progress(`page ${name}.html`);
  }

  for (const { name, filename } of WALKTHROUGHS) {
    const source = readFileSync(join(paths.repo, 'packages', 'cli', 'src', 'walkthroughs', filename), 'utf8');
    const intro = markdownPage(paths, `walkthroughs/${name}`);
    const run = runWalkthrough(source, filename);
    const { body, files } = walkthroughPage({ name, filename, source, introHtml: intro.html, run });
    for (const file of files) writeSiteFile(paths.site, file.path, file.content);
    writePage(paths, `walkthroughs/${name}.html`, intro.title, body);
    progress(`walkthrough ${name}: ${filename} ran, ${files.length} layout diagrams`);
  }

  const cli = markdownPage(paths, 'cli');
  writePage(paths, 'cli.html', cli.title, cliReferenceBody(join(paths.repo, 'packages', 'cli', 'dist', 'bin.js'), cli.html));
  progress('CLI reference from corosim --help');

  const conformance = markdownPage(paths, 'conformance');
  const [corpusReport, stdlibReport, refcountReport] = [await corpus, await stdlib, await refcounts];
  const body = conformancePageBody(conformance.html, [
    ['The conformance corpus', corpusReport],
    ["CPython 3.8's standard library (dis)", stdlibReport],
    ['The corpus with the reference-count check (run)', refcountReport],
  ]);
  writePage(paths, 'conformance.html', conformance.title, body);
  progress(`conformance: ${corpusReport === null ? 'no corpus' : `${corpusReport.passing} of ${corpusReport.checks} checks pass`}${stdlibReport === null ? '' : `; stdlib ${stdlibReport.passing} of ${stdlibReport.checks}`}`);

  const apiResult = await api;
  progress(`API reference (TypeDoc): ${apiResult.warnings} warnings, log in ${apiResult.log}`);

  if (hooks.buildPlayground !== undefined) {
    try {
      await hooks.buildPlayground(paths.site);
    } catch (error) {
      // The playground's builder reports its failures as plain errors; here they are one line.
      if (!(error instanceof Error)) throw error;
      throw new BuildFailure(`playground: ${error.message.split('\n')[0] ?? ''}`);
    }
    progress('playground');
  }
}
