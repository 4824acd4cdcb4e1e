/**
 * `--layout-dir DIR`: every `corosim.layout()` call of a program drawn as an SVG file in DIR.
 * @module
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLayoutSvg, type LayoutSnapshot } from '@corosim/vm';
import { UsageError } from '../usage-error.ts';

/**
 * An observer that writes each snapshot as `DIR/layout-NNN.svg` (DIR created if missing), drawn
 * against the previous snapshot of the same object, as soon as the program takes it.
 */
export function layoutWriter(dir: string): (snapshot: LayoutSnapshot) => void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--layout-dir: '${dir}' is not a folder`);
  mkdirSync(dir, { recursive: true });
  const taken: LayoutSnapshot[] = [];
  return (snapshot) => {
    taken.push(snapshot);
    const previous = snapshot.previousIndex === null ? null : (taken[snapshot.previousIndex] ?? null);
    const name = `layout-${String(snapshot.index + 1).padStart(3, '0')}.svg`;
    writeFileSync(join(dir, name), renderLayoutSvg(snapshot, previous));
  };
}
