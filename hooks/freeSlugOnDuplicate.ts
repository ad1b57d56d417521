import { sql } from '@payloadcms/db-postgres'
import type { FieldHook } from 'payload'

import { runSQL } from '../src/db/sql'
import { tableOf } from '../src/db/tables'

/** Room left for `-copy-NN` in a slug of at most 120 characters. */
const copyBaseLength = 120 - '-copy-99'.length

/**
 * A duplicate gets the first free slug of `{slug}-copy`, `{slug}-copy-2`, … (duplicating a copy
 * counts on from its original), so duplicating a document twice works instead of colliding.
 */
export const freeSlugOnDuplicate: FieldHook = async ({ value, collection, req }) => {
  if (!collection || typeof value !== 'string' || !value) return value
  const original = value
    .replace(/-copy(?:-\d+)?$/, '')
    .slice(0, copyBaseLength)
    .replace(/-+$/, '')
  const base = `${original}-copy`
  const rows = await runSQL<{ slug: string }>(
    req,
    sql`SELECT slug FROM ${sql.identifier(tableOf(collection.slug))}
        WHERE slug = ${base} OR slug LIKE ${`${base}-%`}`,
  )
  const taken = new Set(rows.map((row) => row.slug))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n += 1
  return `${base}-${n}`
}
