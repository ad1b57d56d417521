import type { CollectionConfig } from 'payload'

import { selfOwnedOrStaff, signedIn } from '../src/access'
import { filledByServer } from '../src/fields/filledByServer'
import { itemReferenceFields } from '../src/fields/itemReference'
import { deriveItemKey } from '../hooks/deriveItemKey'

/** One like per user per item; the item's `likes` counter mirrors these rows. Private to the user. */
export const Likes: CollectionConfig = {
  slug: 'likes',
  admin: { group: 'Engagement', defaultColumns: ['item', 'user', 'createdAt'] },
  access: {
    read: selfOwnedOrStaff('user'),
    create: signedIn,
    update: () => false,
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
    ...itemReferenceFields(),
  ],
  hooks: { beforeChange: [deriveItemKey] },
}
