// One vitest run over every workspace package's tests; sources are imported as TypeScript.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'conformance/test/**/*.test.ts'],
    pool: 'threads',
  },
});
