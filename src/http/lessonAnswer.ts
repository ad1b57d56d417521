import type { Payload } from 'payload'

import type { StoredAnswer } from '../cache/responseCache'
import { slugPattern } from '../fields/slug'
import { answersLessonsDirectly, findPublishedLessonsBySlug } from '../lessonBySlug'
import { jsonAnswer } from './conditional'

const slugFilter = 'where[slug][equals]'
const maxSlugLength = 120

/**
 * The slug of a lesson read by slug: `/lessons` (under `/api`) with a query string that is exactly
 * `where[slug][equals]=<a valid slug>`. Undefined for any other request target.
 */
export function lessonSlugQueried(path: string, url: string): string | undefined {
  if (path !== '/lessons') return undefined
  const query = url.indexOf('?')
  if (query < 0) return undefined
  const params = [...new URLSearchParams(url.slice(query + 1))]
  const [only] = params
  if (params.length !== 1 || !only || only[0] !== slugFilter) return undefined
  const slug = only[1]
  return slug.length <= maxSlugLength && slugPattern.test(slug) ? slug : undefined
}

/**
 * A public read of the lesson with a slug (`GET /api/lessons?where[slug][equals]=…`, the read a
 * lesson page makes), answered by the host in one SQL statement instead of Payload's find. The
 * answer is Payload's, byte for byte (`lesson-by-slug` tests it for every kind of lesson); any
 * other request target (`lessonSlugQueried`), a lesson whose rich text Payload would populate,
 * and a deployment whose lessons differ from casebook's are left to Payload (undefined), as is a
 * failed statement. `path` is under `/api`, `url` the request target.
 */
export function lessonAnswerer(
  payload: Payload,
): (path: string, url: string) => Promise<StoredAnswer | undefined> {
  if (!answersLessonsDirectly(payload)) return async () => undefined
  return async (path, url) => {
    const slug = lessonSlugQueried(path, url)
    if (slug === undefined) return undefined
    try {
      const answer = await findPublishedLessonsBySlug(payload, slug)
      return answer && jsonAnswer(200, answer)
    } catch {
      // Payload's path maps a database failure to 503 and retries a transient one.
      return undefined
    }
  }
}
