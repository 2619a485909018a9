// Lint rules, including the architecture's import boundaries:
// only src/store touches Prisma, only src/channels touch telegraf, teams-ai and ws, the store never
// imports a channel, dialogs never import the store, src/hr reaches the database and channels only
// through the ports (src/services/ports.ts), and the pure core (matching, understanding, digest,
// profile rules) has no I/O and no edge imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const boundary = (names, message) => names.map((name) => ({ name, message }));
const prismaOnlyInStore = boundary(
  ['@prisma/client', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'better-sqlite3', 'pg'],
  'Only src/store talks to the database.',
);
const channelLibsOnlyInChannels = boundary(
  ['telegraf', '@microsoft/teams-ai', 'ws'],
  'Only src/channels import channel libraries.',
);
const layer = (dirs, message) => ({ group: dirs.flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]), message });
const noChannelsInStore = layer(['channels'], 'src/store never imports a channel; contracts both share live in src/services.');
const noStoreInDialogs = layer(['store'], 'Dialogs never import src/store; they use services through src/services/ports.ts.');
const hrOnlyThroughPorts = layer(['store', 'channels'], 'src/hr uses the database and the channels only through src/services/ports.ts.');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/store/generated/**', 'coverage/**', 'web/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    ignores: ['src/store/**', 'src/channels/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [...prismaOnlyInStore, ...channelLibsOnlyInChannels] }] },
  },
  {
    files: ['dialogs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...prismaOnlyInStore, ...channelLibsOnlyInChannels], patterns: [noStoreInDialogs] }] },
  },
  {
    files: ['src/hr/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...prismaOnlyInStore, ...channelLibsOnlyInChannels], patterns: [hrOnlyThroughPorts] }] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: channelLibsOnlyInChannels, patterns: [noChannelsInStore] }] },
  },
  {
    files: ['src/channels/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: prismaOnlyInStore }] },
  },
  {
    files: ['src/matching/**/*.ts', 'src/nlu/**/*.ts', 'src/profile/**/*.ts', 'src/digest/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...prismaOnlyInStore, ...channelLibsOnlyInChannels, ...boundary(['node:fs', 'fs', 'node:http', 'http', 'node:net', 'botbuilder', 'botbuilder-dialogs'], 'The pure core has no I/O.')],
          patterns: [
            {
              group: ['**/store/*', '**/channels/*', '**/http/*', '**/hr/*', '**/cli/*', '**/bot/*', '**/dialogs/*', '**/app', '**/services/*-runner'],
              message: 'The pure core never depends on the adapters at the edges.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.js', 'bin/**/*.js'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
);
