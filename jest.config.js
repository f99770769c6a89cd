'use strict';

/** Jest runs on the project's Node 22. TypeScript through ts-jest, transpiled file by file
 * (`isolatedModules`): `npm test` type-checks everything with tsc first, so jest need not.
 * PnPjs and a few other packages ship ESM only, so they are transformed too. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false, isolatedModules: true }],
    '^.+\\.(js|mjs)$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' }, diagnostics: false, isolatedModules: true }]
  },
  // Also when npm nests them (office-addin-mock → office-addin-manifest → @microsoft/app-manifest → strip-bom).
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|strip-bom|uuid)/)(?!.+/node_modules/(strip-bom|uuid)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleStub.js'
  },
  setupFilesAfterEnv: ['<rootDir>/tests/support/jsdomSetup.ts'],
  testTimeout: 30000
};
