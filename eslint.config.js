import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layer rules (docs/architecture.md): arrows point down only,
 * api|jobs|cli → app → db → domain. Nothing imports api, cli or web; web imports only domain.
 */
const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map((group) => ({
        group: [group],
        message: 'Layer rule: see docs/architecture.md',
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'tmp', 'web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a string-literal union instead of an enum.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      '**/db/**',
      '**/app/**',
      '**/api/**',
      '**/cli/**',
      '**/jobs/**',
      '**/web/**',
      '**/testing/**',
      'node:fs*',
      'pg',
      'drizzle-orm*',
      'fastify*',
    ),
  },
  {
    files: ['src/db/**'],
    rules: forbid(
      '**/app/**',
      '**/api/**',
      '**/cli/**',
      '**/jobs/**',
      '**/web/**',
      '**/testing/**',
    ),
  },
  {
    files: ['src/app/**'],
    rules: forbid('**/api/**', '**/cli/**', '**/jobs/**', '**/web/**', '**/testing/**'),
  },
  {
    files: ['src/api/**', 'src/jobs/**'],
    rules: forbid('**/cli/**', '**/web/**', '**/testing/**'),
  },
  { files: ['src/cli/**'], rules: forbid('**/web/**', '**/testing/**') },
  { files: ['src/**/*.test.ts', 'src/testing/**'], rules: { 'no-restricted-imports': 'off' } },
  // Fastify's request type can only be extended by interface merging.
  {
    files: ['src/api/request-context.ts', 'e2e/support/global-setup.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    ignores: ['web/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        '**/src/db/**',
        '**/src/app/**',
        '**/src/api/**',
        '**/src/cli/**',
        '**/src/jobs/**',
        'pg',
        'drizzle-orm*',
        'node:*',
      ),
    },
  },
);
