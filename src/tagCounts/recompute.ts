import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { tagCountKeys, type TagCountKey } from '../content/registry'
import { runSQL } from '../db/sql'
import { liveMemberships } from './memberships'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** Column of each `tags.counts` key. */
export const countColumns: Record<TagCountKey, string> = {
  lessons: 'counts_lessons',
  systemDesigns: 'counts_system_designs',
  behavioralInterviews: 'counts_behavioral_interviews',
  communityItems: 'counts_community_items',
  stories: 'counts_stories',
}

export type TagCounts = Record<TagCountKey, number>

export interface TagCountsRow {
  id: number
  slug: string
  stored: TagCounts
  actual: TagCounts
}

const list = (parts: SQL[]): SQL => sql.join(parts, sql`, `)

/**
 * Per tag: the stored counts and the counts recomputed from the documents (`stored_<key>`,
 * `actual_<key>`), for the given tags or all of them.
 */
function countsQuery(req: Req, tagIds?: readonly number[]): SQL {
  const where = tagIds ? sql`WHERE t.id = ANY(${sql.param([...tagIds])}::int[])` : sql``
  const columns = tagCountKeys.map(
    (key) => sql`t.${sql.identifier(countColumns[key])}::int AS ${sql.identifier(`stored_${key}`)},
      (count(m.doc_id) FILTER (WHERE m.bucket = ${key}))::int AS ${sql.identifier(`actual_${key}`)}`,
  )
  return sql`SELECT t.id, t.slug, ${list(columns)}
    FROM tags t LEFT JOIN (${liveMemberships(req.payload, tagIds)}) m ON m.tags_id = t.id
    ${where}
    GROUP BY t.id ORDER BY t.id`
}

const countsOf = (row: Record<string, unknown>, prefix: 'stored' | 'actual'): TagCounts =>
  Object.fromEntries(tagCountKeys.map((key) => [key, Number(row[`${prefix}_${key}`])])) as TagCounts

/** Stored and actual counts of the given tags (all tags when omitted). */
export async function readTagCounts(req: Req, tagIds?: readonly number[]): Promise<TagCountsRow[]> {
  const rows = await runSQL(req, countsQuery(req, tagIds))
  return rows.map((row) => ({
    id: Number(row.id),
    slug: String(row.slug),
    stored: countsOf(row, 'stored'),
    actual: countsOf(row, 'actual'),
  }))
}

/**
 * Recomputes the counts of the given tags from the documents, in the request's transaction.
 *
 * The tag rows are locked first, in id order, in a statement of their own: under READ COMMITTED
 * the UPDATE that follows then takes its snapshot after every earlier writer of these tags has
 * committed, so concurrent publishes sharing a tag each see the others and none is lost.
 * `FOR NO KEY UPDATE` does not conflict with the key-share locks that inserting a document's tag
 * references takes, so two such transactions never deadlock on it.
 */
export async function recomputeTagCounts(req: Req, tagIds: readonly number[]): Promise<number[]> {
  const ids = [...new Set(tagIds)].sort((a, b) => a - b)
  if (ids.length === 0) return []
  await runSQL(
    req,
    sql`SELECT id FROM tags WHERE id = ANY(${sql.param(ids)}::int[]) ORDER BY id FOR NO KEY UPDATE`,
  )
  const assignments = tagCountKeys.map(
    (key) => sql`${sql.identifier(countColumns[key])} = c.${sql.identifier(`actual_${key}`)}`,
  )
  const changed = tagCountKeys.map(
    (key) => sql`t.${sql.identifier(countColumns[key])} <> c.${sql.identifier(`actual_${key}`)}`,
  )
  const rows = await runSQL<{ id: number }>(
    req,
    sql`UPDATE tags AS t SET ${list(assignments)}
      FROM (${countsQuery(req, ids)}) c
      WHERE t.id = c.id AND (${sql.join(changed, sql` OR `)})
      RETURNING t.id`,
  )
  return rows.map((row) => Number(row.id))
}
