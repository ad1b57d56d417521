import type { Payload } from 'payload'

import { canReadFullBody } from '../access/entitlement'
import { numeric, publicationFields } from '../contentRead/publication'
import { readsAsStored } from '../lessonBySlug/richText'
import { selectPublishedArticles, type ArticleRow } from './query'

export { answersArticleListsDirectly } from './schema'

/** SQL statements one direct article list costs. */
export const articleListStatements = 1

/** An article as Payload answers an anonymous reader at depth 1, keys in Payload's order. */
function articleDocument(row: ArticleRow) {
  // The statement reads the body exactly when this holds.
  const entitled = canReadFullBody(null, { access: row.access })
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    kind: row.kind,
    content: entitled ? row.content : null,
    tags: row.tags,
    author: row.author,
    ...publicationFields(row),
    rating: {
      count: numeric(row.rating_count),
      sum: numeric(row.rating_sum),
      average: numeric(row.rating_average),
    },
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    _status: row._status,
    locked: !entitled,
  }
}

/** Two neighbours created in the same millisecond: Payload's order between them is arbitrary. */
const hasTies = (rows: ArticleRow[]): boolean =>
  rows.some((row, index) => index > 0 && row.created_at === rows[index - 1]?.created_at)

/**
 * Page `page` of `limit` published community articles as Payload's find answers an anonymous
 * reader at depth 1 (`GET /api/community-articles?limit=…&page=…&depth=1`), in one SQL statement.
 * Undefined when Payload must answer: a page past the last, articles created in the same
 * millisecond on or next to the page (Payload's order between them is not defined, so only its
 * own answer is its answer), and a free article whose rich text holds nodes Payload would
 * populate (relationships, uploads, links, blocks).
 */
export async function findPublishedArticles(
  payload: Payload,
  { limit, page }: { limit: number; page: number },
) {
  const offset = (page - 1) * limit
  // One row on each side of the page, to see ties across its edges.
  const before = offset > 0 ? 1 : 0
  const rows = await selectPublishedArticles(payload, {
    limit: limit + before + 1,
    offset: offset - before,
  })
  const total = rows[0]?.total ?? 0
  const window = rows.filter((row) => row.id !== null)
  if (hasTies(window)) return undefined
  const docs = window.slice(before, before + limit).map(articleDocument)
  if (docs.length === 0 || !docs.every((doc) => readsAsStored(doc.content))) return undefined
  const totalPages = Math.ceil(total / limit)
  const hasNextPage = page < totalPages
  return {
    docs,
    hasNextPage,
    hasPrevPage: page > 1,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter: offset + 1,
    prevPage: page > 1 ? page - 1 : null,
    totalDocs: total,
    totalPages,
  }
}
