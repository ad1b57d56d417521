import type { Field } from 'payload'

import { staffOnlyField } from '../access'
import { serverOwned } from './serverOwned'

export const titleField = (): Field => ({
  name: 'title',
  type: 'text',
  required: true,
  maxLength: 200,
})

/**
 * Required to go live, not to save: a draft may be saved without one (so typed clients create a
 * draft without it), and submit and publish refuse a document without one (see
 * `requiredToGoLive` in src/review/completeness.ts).
 */
export const summaryField = (): Field => ({
  name: 'summary',
  type: 'textarea',
  maxLength: 1000,
  custom: { requiredToGoLive: true },
  admin: { description: 'Required to submit or publish.' },
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
