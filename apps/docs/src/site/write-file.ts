/**
 * Writing the site's files: every write creates the folders it needs.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes `content` to `path` under `site` (a path from the site root such as `walkthroughs/a.svg`). */
export function writeSiteFile(site: string, path: string, content: string): void {
  const target = join(site, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
