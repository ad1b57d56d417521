import type { CollectionConfig, Field } from 'payload'

import { anyone, staffOnly } from '../src/access'
import { tagCountKeys, type TagCountKey } from '../src/content/registry'
import { slugField } from '../src/fields/slug'

const countField = (name: TagCountKey): Field => ({
  name,
  type: 'number',
  required: true,
  defaultValue: 0,
  min: 0,
  access: { create: () => false, update: () => false },
})

/** Tags, with per-kind counts of published documents kept by hooks and `npm run reconcile`. */
export const Tags: CollectionConfig = {
  slug: 'tags',
  admin: { useAsTitle: 'name', group: 'Content', defaultColumns: ['name', 'slug', 'updatedAt'] },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 1000 },
    {
      name: 'counts',
      type: 'group',
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        description: 'Published documents per kind; maintained by casebook.',
      },
      fields: tagCountKeys.map(countField),
    },
  ],
}
