import type { Payload } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import { answersArticleListsDirectly, findPublishedArticles } from '../articleList'
import type { StoredAnswer } from '../cache/responseCache'
import { jsonAnswer } from './conditional'

export interface ArticleListQuery {
  limit: number
  page: number
}

const listParameters: ReadonlySet<string> = new Set(['limit', 'page', 'depth'])
const positive = /^[1-9][0-9]{0,6}$/

/**
 * The page a card list asks for: `/community-articles` (under `/api`) with `depth=1` and at most
 * a `limit` (1 to `maxPageSize`, else 10) and a `page` (else 1), each once. Undefined for any
 * other request target: filters, sorts, selections, drafts and other depths are Payload's.
 */
export function articleListQueried(
  path: string,
  url: string,
  maxPageSize: number,
): ArticleListQuery | undefined {
  if (path !== '/community-articles') return undefined
  const query = url.indexOf('?')
  if (query < 0) return undefined
  const given = new Map<string, string>()
  for (const [name, value] of new URLSearchParams(url.slice(query + 1))) {
    if (!listParameters.has(name) || given.has(name)) return undefined
    given.set(name, value)
  }
  if (given.get('depth') !== '1') return undefined
  const limit = given.get('limit') ?? '10'
  const page = given.get('page') ?? '1'
  if (!positive.test(limit) || !positive.test(page) || Number(limit) > maxPageSize) return undefined
  return { limit: Number(limit), page: Number(page) }
}

/**
 * A public card list of community articles (`GET /api/community-articles?limit=20&depth=1`, what
 * a frontend's list page asks), answered by the host in one SQL statement instead of Payload's
 * find with its population (four statements, and Payload's field hooks for every field of every
 * article, tag and author). The answer is Payload's, byte for byte (`article-list` tests it);
 * any other target (`articleListQueried`), a page Payload must order or populate itself
 * (`findPublishedArticles`), a deployment whose articles, tags or accounts differ from casebook's
 * (`answersArticleListsDirectly`, checked on first use), and a failed statement are left to
 * Payload (undefined). `path` is under `/api`, `url` the request target.
 */
export function articleListAnswerer(
  payload: Payload,
): (path: string, url: string) => Promise<StoredAnswer | undefined> {
  const { maxPageSize } = casebookOptionsOf(payload.config)
  let direct: Promise<boolean> | undefined
  return async (path, url) => {
    const query = articleListQueried(path, url, maxPageSize)
    if (query === undefined) return undefined
    direct ??= answersArticleListsDirectly(payload).catch(() => false)
    if (!(await direct)) return undefined
    try {
      const answer = await findPublishedArticles(payload, query)
      return answer && jsonAnswer(200, answer)
    } catch {
      // Payload's path maps a database failure to 503 and retries a transient one.
      return undefined
    }
  }
}
