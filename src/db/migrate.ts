import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

/**
 * Applies the committed migrations that have not run yet. Generated migration modules type their
 * arguments precisely, while the adapter accepts `unknown`: the cast bridges exactly that.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
