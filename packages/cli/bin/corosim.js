#!/usr/bin/env node
// The `corosim` command: a thin launcher for the bundle that `pnpm build` writes to dist/.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('corosim: the CLI is not built yet; run `pnpm install` (or `pnpm build`) in the corosim repository\n');
  process.exit(2);
}
await import(bundle.href);
