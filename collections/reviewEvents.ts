import type { CollectionConfig } from 'payload'

import { selfOwnedOrStaff } from '../src/access'
import { reviewStateOptions } from '../src/fields/review'
import { itemReferenceFields } from '../src/fields/itemReference'
import { reviewActions } from '../src/workflow'
import { deriveItemKey } from '../hooks/deriveItemKey'

/**
 * The review history: one row per workflow action, appended by the review endpoint and never
 * edited. Readable by staff and by the owner of the document it is about.
 */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  admin: {
    group: 'Editorial',
    defaultColumns: ['at', 'item', 'action', 'from', 'to', 'by'],
  },
  access: {
    read: selfOwnedOrStaff('owner'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    ...itemReferenceFields(),
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'by', type: 'relationship', relationTo: 'users', required: true },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { description: 'Author of the document at the time; may read this event.' },
    },
    { name: 'action', type: 'select', required: true, options: [...reviewActions] },
    { name: 'from', type: 'select', required: true, options: reviewStateOptions },
    { name: 'to', type: 'select', required: true, options: reviewStateOptions },
    { name: 'note', type: 'textarea', maxLength: 4000 },
  ],
  hooks: { beforeChange: [deriveItemKey] },
}
