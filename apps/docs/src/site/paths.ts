/**
 * Where the docs build reads and writes: the docs package, the repository around it, and the
 * site folder. Everything is found from the docs package's folder, so the build runs the same
 * from source (vitest) and bundled (dist/build.js).
 * @module
 */
import { join } from 'node:path';

/** The folders of one build. */
export interface SitePaths {
  /** apps/docs: pages/, examples/, src/site/style.css. */
  readonly docs: string;
  /** The repository: packages/, conformance/, README.md. */
  readonly repo: string;
  /** Where the site is written (apps/docs/site). */
  readonly site: string;
}

/** The paths of a build of the docs package at `docs` (an absolute folder). */
export function sitePaths(docs: string): SitePaths {
  return { docs, repo: join(docs, '..', '..'), site: join(docs, 'site') };
}
