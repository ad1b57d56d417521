import path from 'node:path'

import pg from 'pg'

import { StartupError } from '../env'
import { assertReachable, redactURL } from './connect'
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded'

/** The database the app talks to, and how to let go of it. */
export interface DatabaseHandle {
  url: string
  /** Set when this process started an embedded cluster (no DATABASE_URL). */
  embedded?: EmbeddedDatabase
  close: () => Promise<void>
}

export { StartupError }
export { assertReachable, redactURL }

/** Creates `name` on the server if it does not exist yet. */
export async function ensureDatabase(serverURL: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverURL}/postgres` })
  await client.connect()
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [name])
    if (existing.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

export interface ProvideDatabaseOptions {
  /** Connection string of an existing server; when absent an embedded cluster is started. */
  databaseURL?: string
  /** Where the embedded cluster keeps its files. */
  dataDir?: string
  /** Database created on the embedded cluster. */
  databaseName?: string
  /** Fixed port for the embedded cluster. */
  port?: number
}

/**
 * Uses DATABASE_URL when given (checked to be reachable), else starts the embedded PostgreSQL
 * under the project's data directory.
 */
export async function provideDatabase(options: ProvideDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseURL) {
    await assertReachable(options.databaseURL)
    return { url: options.databaseURL, close: async () => undefined }
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: options.dataDir ?? path.resolve('.data', 'postgres'),
    port: options.port,
  }).catch((error: unknown) => {
    throw new StartupError(error instanceof Error ? error.message : String(error))
  })
  const databaseName = options.databaseName ?? 'casebook'
  try {
    await ensureDatabase(embedded.serverURL, databaseName)
  } catch (error) {
    await embedded.stop()
    throw error
  }
  return { url: `${embedded.serverURL}/${databaseName}`, embedded, close: embedded.stop }
}
