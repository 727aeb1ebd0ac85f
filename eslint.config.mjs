import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layer rule of the architecture, enforced: domain/ is pure, server/ never reaches into app/, and app/ reaches
// the server only through the tRPC router type and the server-side caller. zod is the one package the domain may use:
// a command's schema is its type and its limits at once (domain/shared/schema.ts).
const nonRelative = {
  regex: '^(?!\\.{1,2}/|zod$)',
  message: 'domain/ is pure: no packages but zod, no server/, no app/.',
};
const escaping = (depth) => ({ regex: `^(\\.\\./){${depth},}`, message: 'domain/ imports only files inside domain/.' });
const domainRule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const domainTests = ['domain/**/*.test.ts', 'domain/shared/decider-spec.ts'];
const dbRule = (depth) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: `^((\\.\\./){${depth},}|@/(server|app)(/|$))`, message: 'server/db/ imports nothing above it.' },
      ],
    },
  ],
});

const neverApp = { regex: '^(@/app|(\\.\\./)+app)(/|$)', message: 'server/ never imports app/.' };
const neverTools = {
  regex: '^(@/server/|(\\.\\./)+|\\./)tools(/|$)',
  message: 'server/tools/ (bench, load, seed, scripts, test helpers) is not the app: only tests and tools import it.',
};

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['domain/*.ts'], rules: domainRule(nonRelative, escaping(1)) },
  { files: ['domain/*/*.ts'], ignores: domainTests, rules: domainRule(nonRelative, escaping(2)) },
  // Specs may use the test runner, and still nothing outside domain/.
  { files: domainTests, rules: domainRule(escaping(2)) },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [neverApp] }] },
  },
  // Bench, load, seed, scripts and test helpers use the app; the app never uses them.
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/tools/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [neverApp, neverTools] }] },
  },
  // The database layer opens connections and nothing else: what runs on it is put together in server/runtime.
  { files: ['server/db/*.ts'], ignores: ['server/db/*.test.ts'], rules: dbRule(1) },
  { files: ['server/db/*/**/*.ts'], rules: dbRule(2) },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/server|(\\.\\./)+server)/(?!api/(root|request-context|http-guard)$)',
              message: 'app/ reaches the server only through tRPC: the client, or the server-side caller in app/_trpc.',
            },
            {
              regex: '^(@/domain|(\\.\\./)+domain)(/index)?$',
              message:
                'app/ takes the domain from @/domain/vocabulary: the barrel brings zod schemas into the browser.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
