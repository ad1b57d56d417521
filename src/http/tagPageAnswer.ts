import { APIError, type Payload } from 'payload'

import type { StoredAnswer } from '../cache/responseCache'
import { loadTagPage, parseTagPageQuery } from '../tagPage'
import { jsonAnswer } from './conditional'

const tagPagePath = /^\/tags\/([^/]+)\/page$/

/**
 * A public read of a tag page (`/api` + `path`, `url` the request's target), answered by the host
 * itself. The page is the same
 * for every caller, so it needs none of Payload's request pipeline (auth strategies, i18n,
 * routing), which costs more CPU than the page's one SQL statement. The answer is the plugin
 * endpoint's, byte for byte; the endpoint still serves signed-in callers and other hosts.
 * Undefined when `path` is not a tag page, or when the page failed on anything but bad input or
 * an unknown tag: Payload's path then answers it (mapping a database failure to 503, retrying a
 * transient one).
 */
export async function answerTagPage(
  payload: Payload,
  path: string,
  url: string,
): Promise<StoredAnswer | undefined> {
  const match = tagPagePath.exec(path)
  if (!match) return undefined
  try {
    const search = new URL(url, 'http://host').searchParams
    const query = parseTagPageQuery({
      slug: decodeURIComponent(match[1] as string),
      limit: search.get('limit'),
      section: search.get('section'),
      page: search.get('page'),
    })
    return jsonAnswer(200, await loadTagPage({ payload, transactionID: undefined }, query))
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500) {
      return jsonAnswer(error.status, { errors: [{ message: error.message }] })
    }
    return undefined
  }
}
