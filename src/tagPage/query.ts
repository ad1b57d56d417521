import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { runSQL } from '../db/sql'
import { isLive } from '../tagCounts/memberships'
import type { TagPageQuery } from './types'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

export interface TagRow extends Record<string, unknown> {
  id: number
  name: string
  slug: string
  description: string | null
  counts_lessons: string
  counts_system_designs: string
  counts_behavioral_interviews: string
  counts_community_items: string
  counts_stories: string
}

/** Statement 1: the tag and its stored counts. */
export async function selectTag(req: Req, slug: string): Promise<TagRow | undefined> {
  const rows = await runSQL<TagRow>(
    req,
    sql`SELECT id, name, slug, description, counts_lessons, counts_system_designs,
        counts_behavioral_interviews, counts_community_items, counts_stories
      FROM tags WHERE slug = ${slug}`,
  )
  return rows[0]
}

export interface CardRow extends Record<string, unknown> {
  section: string
  total: number
  /** Null on the row of a section whose requested page is empty. */
  collection: string | null
  id: number | null
  kind: string
  title: string
  slug: string
  summary: string | null
  level: string | null
  difficulty: string | null
  access: string
  language: string | null
  views: number | null
  likes: number | null
  rating_average: number | null
  rating_count: number | null
  published_at: Date | string | null
  author_handle: string | null
  author_name: string | null
  tag_slugs: string[]
}

const tagged = (rels: string, tagId: number): SQL =>
  sql`EXISTS (SELECT 1 FROM ${sql.identifier(rels)} r
    WHERE r.parent_id = d.id AND r.path = 'tags' AND r.tags_id = ${tagId})`

/**
 * One row per live document carrying the tag, in a shape common to all collections: the section
 * it belongs to, card fields, and sort keys (lessons by position then title, the rest by
 * publication date, newest first).
 */
function items(req: Req, tagId: number): SQL {
  const live = (slug: string) => isLive(req.payload, slug)
  return sql`
    SELECT (CASE d.track::text WHEN 'core' THEN 'lessons' WHEN 'system-design' THEN 'systemDesigns'
        ELSE 'behavioralInterviews' END) AS section,
      'lessons' AS collection, d.id,
      (CASE d.track::text WHEN 'core' THEN 'lesson' ELSE d.track::text END) AS kind,
      d.title, d.slug, d.summary, d.level::text AS level, d.difficulty::text AS difficulty,
      d.access::text AS access, NULL::text AS language, d.views, d.likes,
      NULL::numeric AS rating_average, NULL::numeric AS rating_count, d.published_at,
      NULL::integer AS author_id, d.position AS sort_position, d.title AS sort_title
    FROM lessons d WHERE ${live('lessons')} AND ${tagged('lessons_rels', tagId)}
    UNION ALL
    SELECT 'community', 'community-articles', d.id, d.kind::text, d.title, d.slug, d.summary,
      NULL, NULL, d.access::text, NULL, d.views, d.likes, d.rating_average, d.rating_count,
      d.published_at, d.author_id, NULL, NULL
    FROM community_articles d
    WHERE ${live('community-articles')} AND ${tagged('community_articles_rels', tagId)}
    UNION ALL
    SELECT 'community', 'question-bundles', d.id, 'question-bundle', d.title, d.slug, d.summary,
      NULL, NULL, d.access::text, d.language, d.views, d.likes, d.rating_average, d.rating_count,
      d.published_at, d.author_id, NULL, NULL
    FROM question_bundles d
    WHERE ${live('question-bundles')} AND ${tagged('question_bundles_rels', tagId)}
    UNION ALL
    SELECT 'stories', 'stories', d.id, 'story', d.title, d.slug, d.summary, NULL, NULL,
      d.access::text, NULL, d.views, d.likes, NULL, NULL, d.published_at, NULL, NULL, NULL
    FROM stories d WHERE ${live('stories')} AND ${tagged('stories_rels', tagId)}`
}

/** The tag slugs of a ranked row, read from its own collection's relationship table. */
const tagSlugs = (): SQL => {
  const branch = (collection: string, rels: string) =>
    sql`SELECT r."order", r.tags_id FROM ${sql.identifier(rels)} r
      WHERE p.collection = ${collection} AND r.parent_id = p.id AND r.path = 'tags'`
  return sql`ARRAY(SELECT t.slug FROM (
      ${branch('lessons', 'lessons_rels')}
      UNION ALL ${branch('community-articles', 'community_articles_rels')}
      UNION ALL ${branch('question-bundles', 'question_bundles_rels')}
      UNION ALL ${branch('stories', 'stories_rels')}
    ) r JOIN tags t ON t.id = r.tags_id ORDER BY r."order", t.slug)`
}

/**
 * Statement 2: the requested page of every section (or of one section) with each section's total,
 * authors and tag slugs, in one query whatever the number of documents. A section with documents
 * but none on the requested page yields one row with only `section` and `total` set.
 */
export async function selectCards(
  req: Req,
  tagId: number,
  { limit, section, page }: Pick<TagPageQuery, 'limit' | 'section' | 'page'>,
): Promise<CardRow[]> {
  const offset = (page - 1) * limit
  const onlySection = section ? sql`WHERE i.section = ${section}` : sql``
  return runSQL<CardRow>(
    req,
    sql`WITH ranked AS (
        SELECT i.*, row_number() OVER (PARTITION BY i.section ORDER BY
            i.sort_position ASC NULLS LAST, i.sort_title ASC NULLS LAST,
            i.published_at DESC NULLS LAST, i.collection, i.id DESC) AS rank
        FROM (${items(req, tagId)}) i
        ${onlySection}
      ), totals AS (
        SELECT section, count(*)::integer AS total FROM ranked GROUP BY section
      )
      SELECT s.section, s.total, p.collection, p.id, p.kind, p.title, p.slug,
        p.summary, p.level, p.difficulty, p.access, p.language,
        p.views::float8 AS views, p.likes::float8 AS likes,
        p.rating_average::float8 AS rating_average, p.rating_count::integer AS rating_count,
        p.published_at, u.handle AS author_handle, u.name AS author_name,
        ${tagSlugs()} AS tag_slugs
      FROM totals s
      LEFT JOIN ranked p
        ON p.section = s.section AND p.rank > ${offset} AND p.rank <= ${offset + limit}
      LEFT JOIN users u ON u.id = p.author_id
      ORDER BY s.section, p.rank`,
  )
}
