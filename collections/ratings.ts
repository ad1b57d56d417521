import type { CollectionConfig } from 'payload'

import { anyone, selfOwnedOrStaff, signedIn } from '../src/access'
import { rateableCollections } from '../src/content/registry'
import { filledByServer } from '../src/fields/filledByServer'
import { itemReferenceFields } from '../src/fields/itemReference'
import { deriveItemKey } from '../hooks/deriveItemKey'

/** One score (1–5) per user per rateable item; the item's `rating` aggregate mirrors these rows. */
export const Ratings: CollectionConfig = {
  slug: 'ratings',
  admin: { group: 'Engagement', defaultColumns: ['item', 'user', 'score', 'createdAt'] },
  access: {
    read: anyone,
    create: signedIn,
    update: selfOwnedOrStaff('user'),
    delete: selfOwnedOrStaff('user'),
  },
  indexes: [{ fields: ['user', 'itemKey'], unique: true }],
  fields: [
    filledByServer({
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: () => false },
    }),
    ...itemReferenceFields(rateableCollections),
    {
      name: 'score',
      type: 'number',
      required: true,
      min: 1,
      max: 5,
      validate: (value: number | null | undefined) =>
        Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
          ? true
          : 'score must be an integer from 1 to 5',
    },
    { name: 'comment', type: 'textarea', maxLength: 2000 },
  ],
  hooks: { beforeChange: [deriveItemKey] },
}
