import type { CollectionAfterDeleteHook } from 'payload'

import { recomputeEngagement } from '../src/engagement/aggregates'
import { itemFromKey } from '../src/engagement/items'

/**
 * After a like or rating is deleted through Payload (REST, GraphQL, admin, Local API),
 * recomputes its item's `likes` and `rating` from the remaining rows, in the same transaction.
 */
export const recomputeEngagedItemAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const item = itemFromKey((doc as { itemKey?: string }).itemKey)
  if (item) await recomputeEngagement(req, item)
  return doc
}
