import type { CollectionAfterOperationHook } from 'payload'

import { endDeferral } from '../src/tagCounts/deferral'

/**
 * After a bulk update or delete, recomputes in one statement, locking tags in id order, the counts
 * of every tag its documents moved (`deferTagCountsInBulk` started collecting them).
 */
export const recomputeDeferredTagCounts: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if (operation === 'update' || operation === 'delete') await endDeferral(req)
  return result
}
