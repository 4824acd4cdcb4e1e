import type { Plugin } from 'esbuild';

/** The source with every `incref(x)`, `decref(x)` and `xdecref(x)` call inlined as an arrow function of its own. */
export function inlineRefcounts(source: string): string;

/** The esbuild plugin applying {@link inlineRefcounts} to the TypeScript sources under `packages/`. */
export const inlineRefcountsPlugin: Plugin;
