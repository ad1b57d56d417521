import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import type { TagCountKey } from '../../collections/tags'
import { tableOf } from '../db/sql'

/** A collection whose published documents are counted on their tags. */
interface CountedCollection {
  slug: 'lessons' | 'community-articles' | 'question-bundles' | 'stories'
  /** The `tags.counts` key a published document of this collection adds to (alias `d`). */
  bucket: SQL
}

const bucket = (key: TagCountKey): SQL => sql.raw(`'${key}'`)

/** Lessons count by track; community articles and question bundles together; stories alone. */
const countedCollections: CountedCollection[] = [
  {
    slug: 'lessons',
    bucket: sql`(CASE d.track::text
      WHEN 'core' THEN ${bucket('lessons')}
      WHEN 'system-design' THEN ${bucket('systemDesigns')}
      WHEN 'behavioral-interview' THEN ${bucket('behavioralInterviews')} END)`,
  },
  { slug: 'community-articles', bucket: bucket('communityItems') },
  { slug: 'question-bundles', bucket: bucket('communityItems') },
  { slug: 'stories', bucket: bucket('stories') },
]

export const countedSlugs: readonly string[] = countedCollections.map(({ slug }) => slug)

/** Published and, where the collection has a trash, not trashed. Table alias `d`. */
export function isLive(payload: Payload, slug: string): SQL {
  const trash = Boolean(payload.collections[slug as CountedCollection['slug']]?.config.trash)
  return trash
    ? sql`d._status = 'published' AND d.deleted_at IS NULL`
    : sql`d._status = 'published'`
}

const membershipsOf = (
  payload: Payload,
  { slug, bucket: bucketOf }: CountedCollection,
  filter: SQL,
): SQL => {
  const table = sql.identifier(tableOf(slug))
  const rels = sql.identifier(`${tableOf(slug)}_rels`)
  return sql`SELECT DISTINCT r.tags_id, ${slug}::text AS collection, d.id AS doc_id,
      ${bucketOf} AS bucket
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
    countedCollections.map((collection) => membershipsOf(payload, collection, filter)),
    sql` UNION ALL `,
  )
}

/** Rows (tags_id, bucket) of one document if it is live; none when it is a draft or gone. */
export function documentMemberships(payload: Payload, slug: string, id: number | string): SQL {
  const collection = countedCollections.find((candidate) => candidate.slug === slug)
  if (!collection) throw new Error(`tag counts: ${slug} is not a counted collection`)
  return membershipsOf(payload, collection, sql`d.id = ${Number(id)}`)
}
