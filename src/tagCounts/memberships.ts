import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import {
  contentEntry,
  contentRegistry,
  type ContentCollection,
  type ContentCollectionEntry,
} from '../content/registry'
import { caseOnField, literal } from '../db/literals'
import { relationsTableOf, tableOf } from '../db/tables'

/**
 * The `tags.counts` key a published document adds to (table alias `d`), from the registry's rule:
 * a constant, or a CASE over a select field (lessons count by track).
 */
const bucketOf = ({ tagCount }: ContentCollectionEntry): SQL =>
  'key' in tagCount ? literal(tagCount.key) : caseOnField(tagCount.byField, tagCount.keys)

/** Published and, where the collection has a trash, not trashed. Table alias `d`. */
export function isLive(payload: Payload, slug: string): SQL {
  const trash = Boolean(payload.collections[slug as ContentCollection]?.config.trash)
  return trash
    ? sql`d._status = 'published' AND d.deleted_at IS NULL`
    : sql`d._status = 'published'`
}

const membershipsOf = (payload: Payload, entry: ContentCollectionEntry, filter: SQL): SQL => {
  const { slug } = entry
  const table = sql.identifier(tableOf(slug))
  const rels = sql.identifier(relationsTableOf(slug))
  return sql`SELECT DISTINCT r.tags_id, ${slug}::text AS collection, d.id AS doc_id,
      ${bucketOf(entry)} AS bucket
    FROM ${table} d JOIN ${rels} r ON r.parent_id = d.id AND r.path = 'tags'
    WHERE ${isLive(payload, slug)} AND ${filter}`
}

/**
 * Rows (tags_id, collection, doc_id, bucket): one per live document per tag it carries, limited to
 * the given tag ids (all tags when omitted). The single source of truth for tag counts.
 */
export function liveMemberships(payload: Payload, tagIds?: readonly number[]): SQL {
  const filter = tagIds ? sql`r.tags_id = ANY(${sql.param([...tagIds])}::int[])` : sql`TRUE`
  return sql.join(
    contentRegistry.map((entry) => membershipsOf(payload, entry, filter)),
    sql` UNION ALL `,
  )
}

/** Rows (tags_id, bucket) of one document if it is live; none when it is a draft or gone. */
export function documentMemberships(payload: Payload, slug: string, id: number | string): SQL {
  const entry = contentEntry(slug)
  if (!entry) throw new Error(`tag counts: ${slug} is not a counted collection`)
  return membershipsOf(payload, entry, sql`d.id = ${Number(id)}`)
}
