'use strict';

/** Jest runs on the project's Node 22. TypeScript through ts-jest; PnPjs and a few other
 * packages ship ESM only, so they are transformed too. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
    '^.+\\.(js|mjs)$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' }, diagnostics: false }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|strip-bom|uuid)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleStub.js'
  },
  testTimeout: 30000
};
