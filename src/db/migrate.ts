import pg from 'pg'
import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

/** Instances starting together must not run the same migration twice. */
const migrationLock = 0x6d696772 // "migr"

const connectionStringOf = (payload: Payload): string | undefined =>
  (payload.db as unknown as { pool?: { options: { connectionString?: string } } }).pool?.options
    .connectionString

interface RoutedDrizzle {
  /** Set by drizzle's `withReplicas` (DATABASE_READ_REPLICA_URLS): the primary alone. */
  $primary?: RoutedDrizzle
}

/**
 * Runs `work` with every read on the primary: which migrations ran must never come from a replica
 * that has not caught up. Only at start, before the host serves anything.
 */
async function onPrimary<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const db = payload.db as unknown as { drizzle: RoutedDrizzle }
  const routed = db.drizzle
  if (!routed.$primary) return work()
  db.drizzle = routed.$primary
  try {
    return await work()
  } finally {
    db.drizzle = routed
  }
}

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
    await onPrimary(payload, () =>
      payload.db.migrate({ migrations: migrations as unknown as Migration[] }),
    )
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock.end().catch(() => undefined)
  }
}
