import type { CollectionSlug, Field } from 'payload'

import { contentCollections } from '../content/registry'

/**
 * `item` (a polymorphic reference to a content document) and its derived `itemKey`
 * (`collection:id`), which unique indexes and SQL aggregates use.
 */
export function itemReferenceFields(
  relationTo: readonly CollectionSlug[] = contentCollections,
): Field[] {
  return [
    {
      name: 'item',
      type: 'relationship',
      relationTo: [...relationTo],
      required: true,
      maxDepth: 1,
    },
    {
      name: 'itemKey',
      type: 'text',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, hidden: true },
    },
  ]
}
