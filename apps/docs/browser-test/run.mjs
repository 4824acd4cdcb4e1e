// The browser test of the docs site (run by `pnpm run check`, after the site is built): serves
// apps/docs/site on a free localhost port, drives the system's Chromium (Debian's `chromium`,
// never a downloaded browser) through playwright-core, and checks that the generator
// walkthrough shows its diagrams and f_lasti output and that the playground runs a program in
// its worker (output, timeline, layout diagrams, a traceback, Stop). Screenshots go to
// apps/docs/artifacts/. Usage: node apps/docs/browser-test/run.mjs [SITE_DIR]
/* global document, window -- the page functions below run in the browser */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** How long one wait may take: generous, for a loaded 2-core CI machine. */
const TIMEOUT_MS = 60_000;

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const siteDir = resolve(process.argv[2] ?? join(docsDir, 'site'));
const artifactsDir = join(docsDir, 'artifacts');
const WALKTHROUGH = 'walkthroughs/generator.html';
const PLAYGROUND = 'playground/index.html';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Stops the test with one clear line (and the cause's first lines) and status 1. */
class TestFailure extends Error {}

function fail(message) {
  throw new TestFailure(message);
}

if (!existsSync(CHROMIUM)) {
  console.log(`browser test skipped: ${CHROMIUM} is missing (install Debian's chromium package: apt-get install -y chromium)`);
  process.exit(0);
}
for (const page of [WALKTHROUGH, PLAYGROUND]) {
  if (!existsSync(join(siteDir, page))) {
    console.error(`browser test: ${join(siteDir, page)} is missing; build the site first (pnpm docs:build)`);
    process.exit(1);
  }
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to the server and its base URL. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('the server has no port'));
      else resolvePromise({ server, base: `http://127.0.0.1:${address.port}/` });
    });
  });
}

/** Runs one named check, printing how long it took. */
async function step(name, check) {
  const started = performance.now();
  try {
    await check();
  } catch (error) {
    if (error instanceof TestFailure) throw new TestFailure(`${name}: ${error.message}`);
    const message = error instanceof Error ? error.message : String(error);
    throw new TestFailure(`${name}: ${message.split('\n').slice(0, 6).join('\n  ')}`);
  }
  console.log(`browser test: ${name} ok (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/** Collects what goes wrong in a page: uncaught errors, console errors, failed requests. */
function watch(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported below, with its path (the favicon, which no page links, aside).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico') problems.push(`HTTP ${response.status()} for ${url.pathname}`);
  });
  return problems;
}

/** Fails with the page's problems, if it had any. */
function assertNoProblems(problems) {
  if (problems.length > 0) fail(problems.join('; '));
}

/** The generator walkthrough: its program's f_lasti output and its first layout diagram. */
async function checkWalkthrough(page, base) {
  const problems = watch(page);
  await page.goto(base + WALKTHROUGH, { waitUntil: 'load' });
  const text = await page.locator('main').innerText();
  // fib.py prints f.gi_frame.f_lasti after each step: -1 before the first send, then where it stopped.
  if (!/^lasti -1 running False$/m.test(text) || !/^lasti \d+ value 1$/m.test(text)) fail('the page shows no f_lasti output of the run');
  // The diagrams are SVG, inline or as images; the first one must be drawn.
  const inline = page.locator('main svg');
  const images = page.locator('main img[src$=".svg"]');
  if ((await inline.count()) > 0) {
    await inline.first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  } else if ((await images.count()) > 0) {
    const first = images.first();
    await first.scrollIntoViewIfNeeded();
    await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await first.elementHandle(), { timeout: TIMEOUT_MS });
  } else {
    fail('the page has no SVG diagram');
  }
  await page.screenshot({ path: join(artifactsDir, 'walkthrough-generator.png') });
  assertNoProblems(problems);
}

/** Waits until the playground's status says the run ended, and returns the status text. */
async function runEnded(page) {
  await page.waitForFunction(() => {
    const status = document.getElementById('pg-status')?.textContent ?? '';
    return /exit status|stopped|failed/.test(status);
  }, undefined, { timeout: TIMEOUT_MS });
  return (await page.locator('#pg-status').textContent()) ?? '';
}

/** The playground: the example program, a traceback, and Stop on a program that never ends. */
async function checkPlayground(page, base) {
  const problems = watch(page);
  await page.goto(base + PLAYGROUND, { waitUntil: 'load' });
  await page.locator('#pg-run:enabled').waitFor({ timeout: TIMEOUT_MS });
  const example = await page.locator('#pg-source').inputValue();
  if (!example.includes('corosim.layout')) fail('the editor does not open with the example program');

  await page.locator('#pg-run').click();
  const status = await runEnded(page);
  const output = await page.locator('#pg-output').innerText();
  if (!status.startsWith('exit status 0')) fail(`the example ended with "${status}"; output:\n${output.slice(-800)}`);
  for (const expected of ['first: 3  f_lasti: 10', "results: ['A', 'B']", 'PyGenObject']) {
    if (!output.includes(expected)) fail(`the output lacks "${expected}"; it is:\n${output.slice(0, 800)}`);
  }
  const timeline = await page.locator('#pg-timeline').innerText();
  if (!/task-step +Task-1/.test(timeline) || !/yield +countdown {2}lasti=10/.test(timeline)) fail(`the timeline lacks the task steps or the generator's yield:\n${timeline.slice(0, 800)}`);
  const diagram = page.locator('#pg-layout svg');
  await diagram.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  if (!(await diagram.locator('text', { hasText: 'gi_frame' }).count())) fail('the first diagram does not show the generator');
  await page.locator('#pg-layout-next').click();
  if (!(await page.locator('#pg-layout svg text', { hasText: 'cr_frame' }).count())) fail('the second diagram does not show the coroutine');
  // From the top, so the site's sticky nav bar sits where it belongs in the full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifactsDir, 'playground.png'), fullPage: true });

  await page.locator('#pg-source').fill('def g():\n    yield 1 / 0\n\nnext(g())\n');
  await page.locator('#pg-run').click();
  const failed = await runEnded(page);
  const traceback = await page.locator('#pg-output .pg-stderr').innerText();
  if (!failed.startsWith('exit status 1') || !traceback.includes('ZeroDivisionError: division by zero')) fail(`a failing program showed "${failed}" and "${traceback}"`);

  await page.locator('#pg-source').fill('while True:\n    pass\n');
  await page.locator('#pg-run').click();
  await page.locator('#pg-stop:enabled').waitFor({ timeout: TIMEOUT_MS });
  await page.waitForTimeout(300);
  await page.locator('#pg-stop').click();
  const stopped = await runEnded(page);
  if (!stopped.startsWith('stopped')) fail(`Stop left the status "${stopped}"`);
  if (!(await page.locator('#pg-run').isEnabled())) fail('Run stays disabled after Stop');
  assertNoProblems(problems);
}

const started = performance.now();
mkdirSync(artifactsDir, { recursive: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'corosim-chromium-'));
const { server, base } = await serve(siteDir);
let context = null;
let status = 0;
try {
  await step('launch Chromium', async () => {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      timeout: TIMEOUT_MS,
    });
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  await step(`${WALKTHROUGH} shows f_lasti and a layout diagram`, () => checkWalkthrough(page, base));
  await step(`${PLAYGROUND} runs the example, a traceback and Stop`, () => checkPlayground(page, base));
  console.log(`browser test: passed in ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots in ${artifactsDir}`);
} catch (error) {
  status = 1;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`browser test FAILED: ${message}`);
  if (context !== null) {
    for (const page of context.pages()) await page.screenshot({ path: join(artifactsDir, 'failure.png'), fullPage: true }).catch(() => undefined);
  }
} finally {
  await context?.close().catch(() => undefined);
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(status);
