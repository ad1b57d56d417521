import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import { contentRegistry, type ContentCollectionEntry, type TagCountKey } from '../content/registry'
import { isoTimestamp } from '../db/isoTimestamp'
import { caseOnField, literal } from '../db/literals'
import { runPreparedSQL } from '../db/sql'
import { relationsTableOf, tableOf, toSnakeCase } from '../db/tables'
import { isLive } from '../tagCounts/memberships'
import type { TagPageQuery } from './types'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** The tag's own columns, on every row of the tag page's statement. */
export interface TagColumns {
  tag_id: number
  tag_name: string
  tag_slug: string
  tag_description: string | null
  counts_lessons: string
  counts_system_designs: string
  counts_behavioral_interviews: string
  counts_community_items: string
  counts_stories: string
}

export interface CardRow extends Record<string, unknown> {
  /** Null on the one row of a tag that no live document carries. */
  section: string | null
  total: number | null
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
  /** ISO text. */
  published_at: string | null
  author_handle: string | null
  author_name: string | null
  tag_slugs: string[]
}

const tagged = (slug: string): SQL =>
  sql`EXISTS (SELECT 1 FROM ${sql.identifier(relationsTableOf(slug))} r
    WHERE r.parent_id = d.id AND r.path = 'tags' AND r.tags_id = (SELECT id FROM tag))`

/** Tag-page section of a `tags.counts` key: the community items are shown as `community`. */
const sectionOf = (key: TagCountKey): string => (key === 'communityItems' ? 'community' : key)

function sectionColumn({ tagCount }: ContentCollectionEntry): SQL {
  if ('key' in tagCount) return literal(sectionOf(tagCount.key))
  const sections = Object.entries(tagCount.keys).map(([value, key]) => [value, sectionOf(key)])
  return caseOnField(tagCount.byField, Object.fromEntries(sections))
}

function kindColumn({ cardKind }: ContentCollectionEntry): SQL {
  if ('value' in cardKind) return literal(cardKind.value)
  if (!cardKind.values) return sql`d.${sql.identifier(toSnakeCase(cardKind.field))}::text`
  return caseOnField(cardKind.field, cardKind.values, true)
}

const optionalText = (entry: ContentCollectionEntry, field: 'level' | 'difficulty' | 'language') =>
  entry.cardFields.includes(field) ? sql`d.${sql.identifier(field)}::text` : sql`NULL::text`

/** One collection's live documents carrying the tag: their section and sort keys only. */
function keysOf(req: Req, entry: ContentCollectionEntry): SQL {
  const { slug } = entry
  const byPosition = entry.orderedBy === 'position'
  return sql`SELECT ${sectionColumn(entry)} AS section, ${literal(slug)} AS collection, d.id,
      ${byPosition ? sql`d.position` : sql`NULL::numeric`} AS sort_position,
      ${byPosition ? sql`d.title` : sql`NULL::text`} AS sort_title, d.published_at
    FROM ${sql.identifier(tableOf(slug))} d
    WHERE ${isLive(req.payload, slug)} AND ${tagged(slug)}`
}

/**
 * The card fields of one collection's documents on the requested page (`page` rows), in a shape
 * common to all collections.
 */
function cardsOf(entry: ContentCollectionEntry): SQL {
  const { slug } = entry
  return sql`SELECT p.section, p.rank, p.collection, d.id, ${kindColumn(entry)} AS kind, d.title,
      d.slug, d.summary, ${optionalText(entry, 'level')} AS level,
      ${optionalText(entry, 'difficulty')} AS difficulty, d.access::text AS access,
      ${optionalText(entry, 'language')} AS language, d.views, d.likes,
      ${entry.rateable ? sql`d.rating_average` : sql`NULL::numeric`} AS rating_average,
      ${entry.rateable ? sql`d.rating_count` : sql`NULL::numeric`} AS rating_count,
      d.published_at, ${entry.authored ? sql`d.author_id` : sql`NULL::integer`} AS author_id
    FROM page p JOIN ${sql.identifier(tableOf(slug))} d ON d.id = p.id
    WHERE p.collection = ${literal(slug)}`
}

const unionOf = (parts: SQL[]): SQL => sql.join(parts, sql` UNION ALL `)

/** The tag slugs of a card row, read from its own collection's relationship table. */
const tagSlugs = (): SQL => {
  const branch = ({ slug }: ContentCollectionEntry) =>
    sql`SELECT r."order", r.tags_id FROM ${sql.identifier(relationsTableOf(slug))} r
      WHERE c.collection = ${slug} AND r.parent_id = c.id AND r.path = 'tags'`
  return sql`ARRAY(SELECT t.slug FROM (
      ${sql.join(contentRegistry.map(branch), sql` UNION ALL `)}
    ) r JOIN tags t ON t.id = r.tags_id ORDER BY r."order", t.slug)`
}

/**
 * The whole tag page in one statement, whatever the number of documents: the tag and its stored
 * counts on every row, then the requested page of every section (or of one section) with each
 * section's total, authors and tag slugs. Documents are ranked on their keys alone (lessons by
 * position then title, the rest by publication date, newest first); card fields are read for the
 * page's rows only. A section with documents but none on the requested page
 * yields one row with only `section` and `total` set; a tag no live document carries, one row
 * with only the tag; an unknown slug, no rows.
 */
export async function selectTagPage(
  req: Req,
  { slug, limit, section, page }: Pick<TagPageQuery, 'slug' | 'limit' | 'section' | 'page'>,
): Promise<(TagColumns & CardRow)[]> {
  const offset = (page - 1) * limit
  const values = { slug, section, offset, end: offset + limit }
  return runPreparedSQL<TagColumns & CardRow>(
    req,
    section ? 'tag-page:section' : 'tag-page',
    (value) => sql`WITH tag AS (
        SELECT id, name, slug, description, counts_lessons, counts_system_designs,
          counts_behavioral_interviews, counts_community_items, counts_stories
        FROM tags WHERE slug = ${value('slug')}
      ), ranked AS (
        SELECT i.section, i.collection, i.id, row_number() OVER (PARTITION BY i.section ORDER BY
            i.sort_position ASC NULLS LAST, i.sort_title ASC NULLS LAST,
            i.published_at DESC NULLS LAST, i.collection, i.id DESC) AS rank
        FROM (${unionOf(contentRegistry.map((entry) => keysOf(req, entry)))}) i
        ${section ? sql`WHERE i.section = ${value('section')}` : sql``}
      ), totals AS (
        SELECT section, count(*)::integer AS total FROM ranked GROUP BY section
      ), page AS (
        SELECT * FROM ranked WHERE rank > ${value('offset')} AND rank <= ${value('end')}
      ), page_cards AS (
        ${unionOf(contentRegistry.map(cardsOf))}
      ), cards AS (
        SELECT s.section, s.total, c.rank, c.collection, c.id, c.kind, c.title, c.slug,
          c.summary, c.level, c.difficulty, c.access, c.language,
          c.views::float8 AS views, c.likes::float8 AS likes,
          c.rating_average::float8 AS rating_average, c.rating_count::integer AS rating_count,
          ${sql.raw(isoTimestamp('c.published_at'))} AS published_at, u.handle AS author_handle, u.name AS author_name,
          ${tagSlugs()} AS tag_slugs
        FROM totals s
        LEFT JOIN page_cards c ON c.section = s.section
        LEFT JOIN ${sql.identifier(tableOf(casebookOptionsOf(req.payload.config).users))} u
          ON u.id = c.author_id
      )
      SELECT t.id AS tag_id, t.name AS tag_name, t.slug AS tag_slug,
        t.description AS tag_description, t.counts_lessons, t.counts_system_designs,
        t.counts_behavioral_interviews, t.counts_community_items, t.counts_stories, c.*
      FROM tag t LEFT JOIN cards c ON true
      ORDER BY c.section, c.rank`,
    values,
  )
}
