import type { Payload } from 'payload'

import { tagCountKeys } from '../content/registry'
import { isoTimestamp } from '../db/isoTimestamp'
import { runNamedStatement } from '../db/sql'
import { countColumns } from '../tagCounts/recompute'
import { publicationColumnsSQL, type PublicationColumns } from '../contentRead/publication'

/** A tag as the statement builds it: Payload's tag document. */
export interface TagJSON {
  id: number
  name: string
  slug: string
  description: string | null
  counts: Record<string, number>
  updatedAt: string
  createdAt: string
}

/** One published lesson's columns (numeric columns arrive as text, timestamps as ISO text). */
export interface LessonRow extends PublicationColumns {
  id: number
  title: string | null
  slug: string | null
  summary: string | null
  track: string | null
  level: string | null
  difficulty: string | null
  position: string | null
  content: unknown
  tags: TagJSON[]
}

const iso = isoTimestamp

/** The tag's stored counts, keyed as Payload answers them. */
const countsJSON = `json_build_object(${tagCountKeys
  .map((key) => `'${key}', t.${countColumns[key]}`)
  .join(', ')})`

/** A tag (alias `t`) as Payload populates it, built in SQL. */
export const tagJSON = `json_build_object('id', t.id, 'name', t.name, 'slug', t.slug,
  'description', t.description, 'counts', ${countsJSON}, 'updatedAt', ${iso('t.updated_at')},
  'createdAt', ${iso('t.created_at')})`

/**
 * Published lessons with the slug `$1` (slugs are unique: at most one), newest first as Payload
 * sorts, each with its tags in the lesson's order, populated (any depth ≥ 1 reads the same). The
 * body is read only when anyone may read it (`canReadFullBody` of an anonymous reader: free
 * lessons): a premium body is never sent over the wire to be dropped.
 */
const text = `SELECT l.id, l.title, l.slug, l.summary, l.track, l.level, l.difficulty, l.position,
    CASE WHEN l.access = 'free' THEN l.content END AS content,
    ${publicationColumnsSQL('l')},
    coalesce((SELECT json_agg(${tagJSON} ORDER BY r."order") FROM lessons_rels r
      JOIN tags t ON t.id = r.tags_id WHERE r.parent_id = l.id AND r.path = 'tags'), '[]') AS tags
  FROM lessons l WHERE l.slug = $1 AND l._status = 'published' ORDER BY l.created_at DESC`

/** The one SQL statement a lesson-by-slug read costs. */
export function selectPublishedLessons(payload: Payload, slug: string): Promise<LessonRow[]> {
  return runNamedStatement<LessonRow>(payload, { name: 'casebook_lesson_by_slug', text }, [slug])
}
