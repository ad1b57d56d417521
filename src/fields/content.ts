import type { Field } from 'payload'

import { staffOnlyField } from '../access'

export const titleField = (): Field => ({
  name: 'title',
  type: 'text',
  required: true,
  maxLength: 200,
})

export const summaryField = (): Field => ({
  name: 'summary',
  type: 'textarea',
  required: true,
  maxLength: 1000,
})

/** The body, as Lexical rich text (the host config's editor). */
export const bodyField = (required = true): Field => ({
  name: 'content',
  type: 'richText',
  required,
})

export const tagsField = (): Field => ({
  name: 'tags',
  type: 'relationship',
  relationTo: 'tags',
  hasMany: true,
  index: true,
  admin: { position: 'sidebar' },
})

/** The community author. Set from the signed-in author on create; only staff can change it. */
export const authorField = (): Field => ({
  name: 'author',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: { create: staffOnlyField, update: staffOnlyField },
  admin: { position: 'sidebar' },
})

/** When the document was first published; set on first publish unless given by staff. */
export const publishedAtField = (): Field => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  access: { create: staffOnlyField, update: staffOnlyField },
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
})
