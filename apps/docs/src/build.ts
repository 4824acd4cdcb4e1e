/**
 * `pnpm docs:build`: builds the site into apps/docs/site from live runs, printing one line per
 * step on stderr and the site's folder at the end. A failed live run is one line and exit status 1.
 * Bundled to dist/build.js by build.mjs and run as plain JavaScript.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './playground/build.ts';
import { BuildFailure } from './site/build-failure.ts';
import { buildSite } from './site/build-site.ts';
import { stopChildren } from './site/child-process.ts';
import { sitePaths } from './site/paths.ts';

const started = performance.now();
const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const paths = sitePaths(fileURLToPath(new URL('..', import.meta.url)));

try {
  await buildSite(paths, {
    progress: (line) => process.stderr.write(`docs: ${line} (${seconds()})\n`),
    buildPlayground,
  });
  process.stderr.write(`docs: site written to ${paths.site} in ${seconds()}\n`);
} catch (error) {
  stopChildren();
  if (!(error instanceof BuildFailure)) throw error;
  process.stderr.write(`docs: build failed: ${error.message}\n`);
  process.exitCode = 1;
}
