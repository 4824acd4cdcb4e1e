// The layer rules of DESIGN.md and STYLE.md §2, checked on every import of the workspace.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles; imports of types only are allowed to close a loop.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'vm-imports-nothing',
      severity: 'error',
      comment: 'The VM has zero runtime dependencies: no other package, no node builtin, nothing from npm.',
      from: { path: '^packages/vm/src/' },
      to: { pathNot: '^packages/vm/src/' },
    },
    {
      name: 'extensions-use-vm-host-only',
      severity: 'error',
      comment: 'The loop and the hooks reach the VM only through its public host interface (@corosim/vm/host).',
      from: { path: '^packages/(eventloop|asyncgen-hooks)/src/' },
      to: { path: '^packages/vm/', pathNot: '^packages/vm/src/host/index[.]ts$' },
    },
    {
      name: 'hooks-below-loop',
      severity: 'error',
      comment: 'asyncgen-hooks sits below the event loop and the CLI.',
      from: { path: '^packages/asyncgen-hooks/src/' },
      to: { path: '^(packages/(eventloop|cli)|apps|conformance)/' },
    },
    {
      name: 'loop-below-cli',
      severity: 'error',
      from: { path: '^packages/eventloop/src/' },
      to: { path: '^(packages/cli|apps|conformance)/' },
    },
    {
      name: 'packages-below-apps',
      severity: 'error',
      comment: 'Published packages never import the docs app or the conformance harness.',
      from: { path: '^packages/' },
      to: { path: '^(apps|conformance)/' },
    },
    {
      name: 'public-entry-points-only',
      severity: 'error',
      comment: 'Across packages, only entry points: a package index or the VM host interface, never internal files.',
      from: { path: '^(packages|apps)/([^/]+)/|^(conformance)/' },
      to: {
        path: '^packages/([^/]+)/src/',
        pathNot: ['^packages/$2/src/', '^packages/[^/]+/src/index[.]ts$', '^packages/vm/src/host/index[.]ts$'],
      },
    },
    {
      name: 'no-src-to-test',
      severity: 'error',
      from: { path: '/src/' },
      to: { path: '/test/' },
    },
    {
      name: 'no-dev-dependencies-in-src',
      severity: 'error',
      from: { path: '/src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|cases|coverage|node_modules)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: 'tsconfig.tests.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
