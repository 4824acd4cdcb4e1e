/**
 * Every file under a folder, as sorted paths relative to it with `/` separators: how the corpus,
 * its sync and the compile benchmark see a tree.
 * @module
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files under `root` (none when it does not exist), sorted by path. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
