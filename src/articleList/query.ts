import type { Payload } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import { publicationColumnsSQL, type PublicationColumns } from '../contentRead/publication'
import { runNamedStatement, statementNameOf } from '../db/sql'
import { tableOf } from '../db/tables'
import { tagJSON, type TagJSON } from '../lessonBySlug/query'

/** A published article's columns (numeric columns arrive as text, timestamps as ISO text). */
export interface ArticleRow extends PublicationColumns {
  /** Published articles in all; on every row (and on the one row of an empty window). */
  total: number
  id: number | null
  title: string | null
  slug: string | null
  summary: string | null
  kind: string | null
  content: unknown
  tags: TagJSON[]
  author: { id: number; name: string; handle: string } | null
  rating_count: string | null
  rating_sum: string | null
  rating_average: string | null
}

/**
 * The count of published articles, and a window of them newest first (`$1` rows from offset `$2`)
 * with their tags in the article's order and their authors' public profiles, populated. The body
 * is read only when anyone may read it (free articles): a premium body is never sent over the
 * wire to be dropped. An empty window still gives one row, with the count. Rows come newest
 * first (ISO text orders as the timestamps do).
 */
const statementText = (accounts: string) => `SELECT c.total, w.* FROM
  (SELECT count(*)::int AS total FROM community_articles WHERE _status = 'published') c
  LEFT JOIN LATERAL (SELECT a.id, a.title, a.slug, a.summary, a.kind,
      CASE WHEN a.access = 'free' THEN a.content END AS content,
      coalesce((SELECT json_agg(${tagJSON} ORDER BY r."order") FROM community_articles_rels r
        JOIN tags t ON t.id = r.tags_id WHERE r.parent_id = a.id AND r.path = 'tags'), '[]') AS tags,
      (SELECT json_build_object('id', u.id, 'name', u.name, 'handle', u.handle)
        FROM "${accounts}" u WHERE u.id = a.author_id) AS author,
      ${publicationColumnsSQL('a')}, a.rating_count, a.rating_sum, a.rating_average
    FROM community_articles a WHERE a._status = 'published'
    ORDER BY a.created_at DESC LIMIT $1 OFFSET $2) w ON true
  ORDER BY w.created_at DESC`

/** The statement for each accounts table, written and named once. */
const statements = new Map<string, { name: string; text: string }>()

const statementFor = (accounts: string) => {
  let statement = statements.get(accounts)
  if (!statement) {
    const text = statementText(accounts)
    statement = { name: statementNameOf(text), text }
    statements.set(accounts, statement)
  }
  return statement
}

/** The one SQL statement a direct article list costs. */
export function selectPublishedArticles(
  payload: Payload,
  window: { limit: number; offset: number },
): Promise<ArticleRow[]> {
  const statement = statementFor(tableOf(casebookOptionsOf(payload.config).users))
  return runNamedStatement<ArticleRow>(payload, statement, [window.limit, window.offset])
}
