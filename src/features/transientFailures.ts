import type { CollectionConfig, Config } from 'payload'

import { failBulkOnTransientFailure } from '../../hooks/failBulkOnTransientFailure'
import { watchTransientFailures } from '../db/watchTransientFailures'

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

/** Watches every statement on the pool for transient failures once the instance has its pool. */
export function withTransientFailureWatch(config: Config): Config {
  const previous = config.onInit
  return {
    ...config,
    onInit: async (payload) => {
      watchTransientFailures(payload)
      await previous?.(payload)
    },
  }
}
