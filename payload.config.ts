import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { readReplicaAfterWriteMs, readReplicaURLs } from './src/db/readReplicas'
import { addRateLimitTable } from './src/db/customTables'
import { emailAdapter } from './src/email/adapter'
import { intFromEnv, resolveSecret } from './src/env'
import { clientAddressOf } from './src/http/clientAddress'
import { loggerConfig } from './src/logging'
import { casebookPlugin } from './src/plugin'
import { s3StorageOptions } from './src/storage/s3'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: resolveSecret(),
  serverURL: process.env.PUBLIC_URL ?? '',
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      // Read when the pool is created (at getPayload), not when this module loads: the host and
      // the CLIs start the embedded database (or check DATABASE_URL) after importing the config.
      get connectionString() {
        return process.env.DATABASE_URL ?? ''
      },
      max: intFromEnv('DATABASE_POOL_SIZE', 20),
      // A stopped database refuses connections at once (503). This bounds the wait for a database
      // that hangs, and for a free connection: off by default, so bursts queue instead of failing.
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 0) || undefined,
    },
    // Reads outside transactions go to a replica; writes and transactions to the primary. Read
    // when the adapter is created, like the connection string above.
    get readReplicas() {
      return readReplicaURLs()
    },
    readReplicasAfterWriteInterval: readReplicaAfterWriteMs(),
    // Schema changes always go through committed migrations, in development too.
    push: false,
    // The host's shared rate-limit counters, written in SQL and created by a migration.
    beforeSchemaInit: [addRateLimitTable],
    migrationDir: path.resolve(dirname, 'migrations'),
    // Applied by the host at start under a lock (src/db/migrate.ts), not by each connection.
  }),
  email: emailAdapter(),
  sharp,
  telemetry: false,
  admin: {
    meta: { titleSuffix: ' · casebook' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    disablePlaygroundInProduction: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  debug: false,
  logger: loggerConfig(),
  cors: process.env.CORS_ORIGINS ? process.env.CORS_ORIGINS.split(',') : [],
  csrf: process.env.CORS_ORIGINS ? process.env.CORS_ORIGINS.split(',') : [],
  plugins: [
    casebookPlugin({
      viewWindowSeconds: intFromEnv('VIEW_DEDUP_SECONDS', 1800),
      mediaDir: process.env.MEDIA_DIR,
      // The Express host is the one way in; it hands the plugin the address it saw.
      clientAddress: clientAddressOf,
      authAttemptsPerMinute: intFromEnv('RATE_LIMIT_AUTH_PER_MINUTE', 20),
      webhooks: {
        allowPrivateUrls: process.env.WEBHOOKS_ALLOW_PRIVATE_URLS === 'true',
        timeoutMs: intFromEnv('WEBHOOK_TIMEOUT_MS', 5000),
        maxAttempts: intFromEnv('WEBHOOK_MAX_ATTEMPTS', 5),
        retryDelayMs: intFromEnv('WEBHOOK_RETRY_DELAY_MS', 10_000),
        runCron: process.env.WEBHOOK_RUN_CRON,
      },
    }),
    // After casebook, which adds the media collection. Registered with S3 off too, so the schema
    // is the same either way (see s3StorageOptions).
    s3Storage(s3StorageOptions()),
  ],
})
