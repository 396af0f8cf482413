// Layer rules of ARCHITECTURE.md ("Libraries and their rooms"), checked in CI by `npm run lint`.
const lib = (name) => `^libs/${name}/`;
const ourCode = '^(libs|apps)/';

/** A library may import only the libraries listed for it (and itself). */
const mayImportOnly = (name, allowed) => ({
  name: `${name}-imports-only-${allowed.join('-') || 'nothing-of-ours'}`,
  severity: 'error',
  from: { path: lib(name) },
  to: { path: ourCode, pathNot: [lib(name), ...allowed.map(lib)] },
});

module.exports = {
  forbidden: [
    mayImportOnly('domain', []),
    mayImportOnly('extraction', ['domain']),
    mayImportOnly('event-log', ['domain']),
    mayImportOnly('projections', ['domain', 'event-log']),
    mayImportOnly('config', ['domain']),
    mayImportOnly('infrastructure', ['config', 'domain', 'event-log', 'projections']),
    {
      name: 'pure-core-has-no-io-and-no-nest',
      comment: 'Domain and extraction are functions: no Nest, no I/O, no clock.',
      severity: 'error',
      from: { path: '^libs/(domain|extraction)/' },
      to: { path: '(^|/)node_modules/@nestjs/|^(fs|net|http|https|child_process|node:fs|node:net|node:http|node:https|node:child_process)$' },
    },
    {
      name: 'apps-do-not-import-each-other',
      comment: 'ingest, processor and query are separate deployables; only the cli composes them.',
      severity: 'error',
      from: { path: '^apps/(ingest|processor|query)/src/([^/]+)' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libraries-through-their-index',
      comment: "A library's public face is its index.ts; import it by alias, never a file inside it.",
      severity: 'error',
      from: { path: '^(libs|apps)/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/.+', pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'no-circular',
      comment: 'Type-only cycles vanish at compile time; runtime cycles make load order matter.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
