import type { FieldHook, TextField } from 'payload'

import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { freeSlugOnDuplicate } from '../../hooks/freeSlugOnDuplicate'
import { filledByServer } from './filledByServer'

/** Lowercase ASCII words joined by '-', at most 120 characters. */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '')
}

/** What a stored slug looks like (the field validates it). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const fillFromSource =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

/**
 * A URL slug, unique in its collection, generated from `sourceField` when left empty. A taken slug
 * is refused with 400 and a message naming it (hooks/ensureUniqueSlug; the index backs races).
 */
export function slugField(sourceField = 'title'): TextField {
  return filledByServer({
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 120,
    admin: {
      position: 'sidebar',
      description: `Generated from the ${sourceField} when left empty.`,
    },
    hooks: {
      beforeValidate: [fillFromSource(sourceField)],
      beforeChange: [ensureUniqueSlug],
      beforeDuplicate: [freeSlugOnDuplicate],
    },
    validate: (value: string | null | undefined) =>
      typeof value === 'string' && slugPattern.test(value)
        ? true
        : 'slug must be lowercase letters and digits separated by single hyphens',
  })
}
