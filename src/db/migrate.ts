import pg from 'pg'
import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

/** Instances starting together must not run the same migration twice. */
const migrationLock = 0x6d696772 // "migr"

const connectionStringOf = (payload: Payload): string | undefined =>
  (payload.db as unknown as { pool?: { options: { connectionString?: string } } }).pool?.options
    .connectionString

/**
 * Applies the committed migrations that have not run yet, one instance at a time: a session lock
 * on a connection of its own (not the pool's, which the migrations use) makes the others wait,
 * and they then find nothing left to do. Generated migration modules type their arguments
 * precisely, while the adapter accepts `unknown`: the cast bridges exactly that.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  const lock = new pg.Client({ connectionString: connectionStringOf(payload) })
  lock.on('error', () => undefined)
  await lock.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [migrationLock])
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock.end().catch(() => undefined)
  }
}
