import type { Plugin } from 'esbuild';

/** The source with every `incref(x)`, `decref(x)` and `xdecref(x)` call inlined as an arrow function of its own. */
export function inlineRefcounts(source: string): string;

/** The source with `import { rt } from '@corosim/vm/host'` made a namespace import of the host runtime module at `runtimePath`. */
export function importRuntimeNamespace(source: string, runtimePath: string): string;

/** The esbuild plugin applying {@link importRuntimeNamespace} and {@link inlineRefcounts} to the TypeScript sources under `packages/`. */
export const inlineRefcountsPlugin: Plugin;
