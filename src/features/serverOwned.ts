import type { CollectionConfig } from 'payload'

import { keepServerOwnedFields } from '../../hooks/keepServerOwnedFields'
import { authRules, serverOwnedRules, timestampRules } from '../fields/serverOwned'

/**
 * Server-owned fields: the fields a collection marks with `serverOwned()` (author, counters, rating
 * aggregate, review status, publish dates), the timestamps and an auth collection's sessions are
 * kept from clients on every write path by one hook, which runs before the collection's other
 * beforeChange hooks so that those see the server's values.
 */
export function withServerOwnedFields(collection: CollectionConfig): CollectionConfig {
  const rules = { ...serverOwnedRules(collection.fields), ...(collection.auth ? authRules : {}) }
  if (collection.timestamps === false) {
    for (const name of Object.keys(timestampRules)) delete rules[name]
  }
  if (Object.keys(rules).length === 0) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [keepServerOwnedFields(rules), ...(hooks.beforeChange ?? [])],
    },
  }
}
