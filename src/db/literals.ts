import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'

import { toSnakeCase } from './tables'

/** A constant string as an SQL literal: for values from casebook's own tables, never client input. */
export const literal = (value: string): SQL => sql.raw(`'${value.replace(/'/g, "''")}'`)

/**
 * `CASE d.<field> WHEN value THEN result … [ELSE d.<field>] END` over a select field of the row
 * aliased `d`, mapping its values to constants (`keepOthers` passes unmapped values through).
 */
export function caseOnField(
  field: string,
  mapping: Readonly<Record<string, string>>,
  keepOthers = false,
): SQL {
  const column = sql`d.${sql.identifier(toSnakeCase(field))}::text`
  const cases = Object.entries(mapping).map(
    ([value, result]) => sql`WHEN ${literal(value)} THEN ${literal(result)}`,
  )
  const otherwise = keepOthers ? sql` ELSE ${column}` : sql``
  return sql`(CASE ${column} ${sql.join(cases, sql` `)}${otherwise} END)`
}
