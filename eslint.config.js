// Lint rules for the whole workspace (STYLE.md §10): typescript-eslint's strict type-checked
// rules, exhaustive switches, and the determinism bans of STYLE.md §6 in every package's src/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What decides nothing observable in corosim may not be used in packages' src/ (STYLE.md §6). */
const nondeterministicGlobals = ['Date', 'performance', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'crypto', 'WeakRef', 'FinalizationRegistry'].map(
  (name) => ({ name, message: 'corosim is deterministic: time comes from the VirtualClock, never the host (STYLE.md §6).' }),
);
const nondeterministicProperties = [
  { object: 'Math', property: 'random', message: 'Use the VM\'s seeded Mersenne Twister (STYLE.md §6).' },
  { object: 'process', property: 'nextTick', message: 'Only the event loop schedules (STYLE.md §6).' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'conformance/cases/**', '**/coverage/**', 'apps/docs/site/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.tests.json', './packages/*/tsconfig.json', './apps/*/tsconfig.json', './conformance/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: ['PyRaise', 'CompileFailure'] }] }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...nondeterministicGlobals],
      'no-restricted-properties': ['error', ...nondeterministicProperties],
    },
  },
  {
    // The CLI may read the wall clock, but only to say how long a run took.
    files: ['packages/cli/src/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['packages/vm/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'rxjs', 'rxjs/*', '@corosim/*'], message: 'The VM has no runtime dependency: not node, not rxjs, no other package (STYLE.md §2).' }] },
      ],
    },
  },
  {
    // Slot functions receive `self: PyObject` and narrow it to the class their type guarantees,
    // exactly as CPython's C code casts `PyObject *` (docs/runtime-conventions.md).
    files: ['packages/vm/src/{runtime,objects,interpreter,modules,inspect}/**/*.ts', 'packages/vm/test/**/*.ts', 'packages/eventloop/src/asyncio/**/*.ts', 'packages/asyncgen-hooks/src/**/*.ts', 'packages/eventloop/test/**/*.ts', 'packages/asyncgen-hooks/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-class-instance-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { project: null } },
  },
);
