// The guide's vitest sample (apps/docs/examples/deterministic-test.ts) is itself a test file:
// importing it registers its tests here.
import '../examples/deterministic-test.ts';
