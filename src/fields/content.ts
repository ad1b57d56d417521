import type { Field } from 'payload'

import { staffOnlyField } from '../access'
import { serverOwned } from './serverOwned'

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

/**
 * The community author: whoever creates the document, unless staff name someone else. Only staff
 * change it later (the field access makes it read-only for others in the admin); a version
 * restore never does.
 */
export const authorField = (): Field =>
  serverOwned(
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar' },
    },
    { initial: (req) => req.user?.id, setBy: ['admin', 'editor'] },
  )

/** When the document was first published: stamped on first publish (hooks/setPublishedAt). */
export const publishedAtField = (): Field =>
  serverOwned({
    name: 'publishedAt',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  })
