import type { CollectionBeforeChangeHook } from 'payload'

interface PolymorphicRef {
  relationTo: string
  value: number | string | { id: number | string }
}

/** `collection:id` of a polymorphic reference, the key unique indexes can cover. */
export function itemKeyOf(item: PolymorphicRef): string {
  const id = typeof item.value === 'object' ? item.value.id : item.value
  return `${item.relationTo}:${id}`
}

/**
 * Unique indexes cannot span a polymorphic relationship (it lives in a join table), so ratings,
 * likes and review events store the derived `itemKey` alongside it.
 */
export const deriveItemKey: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const item = (data.item ?? originalDoc?.item) as PolymorphicRef | undefined
  if (!item?.relationTo || item.value === undefined || item.value === null) return data
  return { ...data, itemKey: itemKeyOf(item) }
}
