import type { CollectionConfig } from 'payload'

import { failBulkOnTransientFailure } from '../../hooks/failBulkOnTransientFailure'

/**
 * Transient failures (deadlocks, serialization failures) on every collection: a bulk operation
 * that lost its transaction to one fails as a whole, so that it is answered 503 or run again
 * instead of reporting documents as changed. First among the afterOperation hooks, so that no
 * other one works in a transaction that is already lost.
 */
export function withTransientFailures(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterOperation: [failBulkOnTransientFailure, ...(hooks.afterOperation ?? [])],
    },
  }
}
