import type { CollectionBeforeOperationHook } from 'payload'

import { beginDeferral } from '../src/tagCounts/deferral'

/**
 * A bulk update or delete recomputes tag counts once, after all its documents, so that it locks
 * tag rows in id order like any single write (see `src/tagCounts/deferral.ts`).
 * `recomputeDeferredTagCounts` ends the deferral.
 */
export const deferTagCountsInBulk: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const bulk =
    (operation === 'update' || operation === 'delete') &&
    (args as { id?: unknown }).id === undefined
  if (bulk) beginDeferral(req)
  return args
}
