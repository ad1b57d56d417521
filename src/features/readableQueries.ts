import type { CollectionConfig } from 'payload'

import { refuseUnreadableQueries } from '../../hooks/refuseUnreadableQueries'

/**
 * Queries only on readable fields: on every collection, a `where`, `sort` or join query that names
 * a field the caller may not read (system fields included) answers 400 instead of acting as an
 * oracle for its value.
 */
export function withReadableQueries(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [refuseUnreadableQueries, ...(hooks.beforeOperation ?? [])],
    },
  }
}
