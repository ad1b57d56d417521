/**
 * How Payload's Postgres adapter names tables, in one place: a collection's main table, its
 * relationship table (`_rels`) and its versions table (`_v`). casebook's SQL builds every table
 * name from these; `test/integration/db-tables.test.ts` checks them against the adapter's tables.
 */

/** snake_case as the adapter writes names: `community-articles` → `community_articles`. */
export const toSnakeCase = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()

/** Main table of a collection. */
export const tableOf = (slug: string): string => toSnakeCase(slug)

/** Relationship table of a collection (hasMany and polymorphic relationships). */
export const relationsTableOf = (slug: string): string => `${tableOf(slug)}_rels`

/** Versions (and drafts) table of a collection. */
export const versionsTableOf = (slug: string): string => `_${tableOf(slug)}_v`
