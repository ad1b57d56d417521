import type { Payload } from 'payload'

import { canReadFullBody } from '../access/entitlement'
import { numeric, publicationFields } from '../contentRead/publication'
import { readsAsStored } from './richText'
import { selectPublishedLessons, type LessonRow } from './query'

export { answersLessonsDirectly } from './schema'

/** SQL statements one direct lesson-by-slug read costs. */
export const lessonBySlugStatements = 1

/** Payload's page size when a find names none. */
const defaultLimit = 10

/** A lesson as Payload answers an anonymous reader, keys in Payload's order. */
function lessonDocument(row: LessonRow) {
  // The statement reads the body exactly when this holds.
  const entitled = canReadFullBody(null, { access: row.access })
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    track: row.track,
    level: row.level,
    difficulty: row.difficulty,
    position: numeric(row.position),
    content: entitled ? row.content : null,
    tags: row.tags,
    ...publicationFields(row),
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    _status: row._status,
    locked: !entitled,
  }
}

/** Payload's paginated find answer for the first page of `docs` (all of the matches). */
function firstPage<T>(docs: T[]) {
  // No match still makes one (empty) page.
  const totalPages = Math.max(1, Math.ceil(docs.length / defaultLimit))
  return {
    docs: docs.slice(0, defaultLimit),
    hasNextPage: totalPages > 1,
    hasPrevPage: false,
    limit: defaultLimit,
    nextPage: totalPages > 1 ? 2 : null,
    page: 1,
    pagingCounter: 1,
    prevPage: null,
    totalDocs: docs.length,
    totalPages,
  }
}

/**
 * `GET /api/lessons?where[slug][equals]=<slug>` as Payload answers anyone, in one SQL statement.
 * Undefined when a lesson's rich text holds nodes Payload would populate (relationships,
 * uploads, links, blocks): that read is Payload's.
 */
export async function findPublishedLessonsBySlug(payload: Payload, slug: string) {
  const rows = await selectPublishedLessons(payload, slug)
  const docs = rows.map(lessonDocument)
  if (!docs.every((doc) => readsAsStored(doc.content) && readsAsStored(doc.teaser))) {
    return undefined
  }
  return firstPage(docs)
}
