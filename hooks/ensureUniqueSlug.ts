import { sql } from '@payloadcms/db-postgres'
import { APIError, type FieldHook } from 'payload'

import { runSQL } from '../src/db/sql'
import { tableOf } from '../src/db/tables'

/**
 * A slug already used by another document of the collection is refused with a 400 that says so,
 * drafts included (they skip field validation, and only the live table has the unique index).
 * Writers of one slug take a transaction lock on it first, so of two concurrent saves the second
 * waits, sees the first's row and gets the same message; the unique index stays the backstop.
 * The error's `data.errors` names the field, so the admin marks it.
 */
export const ensureUniqueSlug: FieldHook = async ({ value, collection, originalDoc, req }) => {
  if (!collection || typeof value !== 'string' || !value) return value
  const table = tableOf(collection.slug)
  await runSQL(req, sql`SELECT pg_advisory_xact_lock(hashtext(${`${table}.slug:${value}`}))`)
  const ownId = (originalDoc as { id?: number | string } | undefined)?.id
  const [taken] = await runSQL<{ id: number }>(
    req,
    sql`SELECT id FROM ${sql.identifier(table)}
        WHERE slug = ${value} AND id <> ${Number(ownId ?? 0)} LIMIT 1`,
  )
  if (taken) {
    const message = `slug "${value}" is already used by another ${collection.slug} document`
    throw new APIError(message, 400, {
      collection: collection.slug,
      errors: [{ path: 'slug', message }],
    })
  }
  return value
}
