import { sql } from '@payloadcms/db-postgres'
import { ValidationError, type FieldHook } from 'payload'

import { runSQL, tableOf } from '../src/db/sql'

/**
 * A slug already used by another document of the collection is refused with a 400 that says so,
 * drafts included (they skip field validation, and only the live table has the unique index, which
 * stays the backstop for races).
 */
export const ensureUniqueSlug: FieldHook = async ({ value, collection, originalDoc, req }) => {
  if (!collection || typeof value !== 'string' || !value) return value
  const ownId = (originalDoc as { id?: number | string } | undefined)?.id
  const [taken] = await runSQL<{ id: number }>(
    req,
    sql`SELECT id FROM ${sql.identifier(tableOf(collection.slug))}
        WHERE slug = ${value} AND id <> ${Number(ownId ?? 0)} LIMIT 1`,
  )
  if (taken) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'slug',
          message: `slug "${value}" is already used by another ${collection.slug} document`,
        },
      ],
    })
  }
  return value
}
