import type { CollectionBeforeChangeHook } from 'payload'

import { itemKeyOf } from '../src/engagement/items'
import type { ContentCollection } from '../src/content/registry'

interface PolymorphicRef {
  relationTo: ContentCollection
  value: number | string | { id: number | string }
}

/**
 * Unique indexes cannot span a polymorphic relationship (it lives in a join table), so ratings,
 * likes and review events store the derived `itemKey` alongside it.
 */
export const deriveItemKey: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const item = (data.item ?? originalDoc?.item) as PolymorphicRef | undefined
  if (!item?.relationTo || item.value === undefined || item.value === null) return data
  const id = typeof item.value === 'object' ? item.value.id : item.value
  return { ...data, itemKey: itemKeyOf({ collection: item.relationTo, id: Number(id) }) }
}
