import type { CollectionAfterChangeHook } from 'payload'

import { recomputeEngagement } from '../src/engagement/aggregates'
import { itemFromKey } from '../src/engagement/items'

/**
 * After a like or rating is created or changed through Payload (Local API, admin), recomputes
 * the `likes` and `rating` of the item it belongs to (and of the one it left, if moved) from the
 * rows, in the same transaction.
 */
export const recomputeEngagedItem: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const keys = new Set([
    (doc as { itemKey?: string }).itemKey,
    (previousDoc as { itemKey?: string } | undefined)?.itemKey,
  ])
  for (const key of keys) {
    const item = itemFromKey(key)
    if (item) await recomputeEngagement(req, item)
  }
  return doc
}
