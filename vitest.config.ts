// One vitest run over every workspace package's tests; sources are imported as TypeScript.
// Test files share their worker's modules (`isolate: false`): each worker imports the VM once
// instead of once per file, which took most of the run's time. Every run starts the VM's state
// afresh (runtime/run-program.ts), so files see nothing of each other.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'conformance/test/**/*.test.ts'],
    pool: 'threads',
    isolate: false,
    // A guard against hangs, not a speed check (speed lives in `pnpm bench`): generous enough for
    // a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
