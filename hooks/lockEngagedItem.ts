import type { CollectionBeforeChangeHook } from 'payload'

import { lockItem } from '../src/engagement/aggregates'
import { itemFromKey } from '../src/engagement/items'

/**
 * A like or rating written through Payload (Local API, admin) locks the item it belongs to
 * (before and, on a move, after) ahead of its own row, the order the like and rate endpoints
 * use, so the two paths cannot deadlock. Runs after `deriveItemKey`.
 */
export const lockEngagedItem: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const keys = new Set([data.itemKey, (originalDoc as { itemKey?: string } | undefined)?.itemKey])
  for (const key of keys) {
    const item = itemFromKey(key as string | undefined)
    if (item) await lockItem(req, item)
  }
  return data
}
