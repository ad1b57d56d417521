import type { Response as ExpressResponse } from 'express'

import { sendFetchResponse } from './bridge'
import { sendError } from './errors'

const fallbackMessages: Record<number, string> = { 401: 'Unauthorized.', 403: 'Forbidden.' }

/**
 * Payload's REST answer, except that the few 4xx it sends as `{ message }` (unknown routes, the
 * jobs runner's 401) are given the error shape every other error has.
 */
export async function sendRESTResponse(res: ExpressResponse, response: Response): Promise<void> {
  if (response.status >= 400 && response.status < 500) {
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { errors?: unknown; message?: unknown } | null
    if (!body || !Array.isArray(body.errors)) {
      const message =
        response.status === 404
          ? 'Not found.'
          : typeof body?.message === 'string'
            ? body.message
            : (fallbackMessages[response.status] ?? 'Bad request.')
      return sendError(res, response.status, message)
    }
  }
  await sendFetchResponse(res, response)
}

type GraphQLErrors = Array<{ extensions?: { statusCode?: unknown } }>

/** Whether every error says the database could not be reached (so the answer is a 503). */
const onlyUnavailable = (errors: GraphQLErrors): boolean =>
  errors.length > 0 && errors.every((error) => error.extensions?.statusCode === 503)

/** Whether no root field has a value: a partial answer (one mutation committed) stays a 200. */
const nothingAnswered = (data: unknown): boolean =>
  !data || Object.values(data as Record<string, unknown>).every((value) => value === null)

/** 400 for a request that never executed, 503 for one lost only to the database, else 200. */
function graphQLStatusOf(text: string): number {
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown }
    if (
      Array.isArray(body.errors) &&
      onlyUnavailable(body.errors as GraphQLErrors) &&
      nothingAnswered(body.data)
    ) {
      return 503
    }
    if (!('data' in body) && Array.isArray(body.errors)) return 400
  } catch {
    // Not JSON: pass it on as it is.
  }
  return 200
}

/**
 * Payload's GraphQL answer. A request that never executed (unparsable, invalid, over the cost
 * limits: `errors` and no `data`) answers 400, as GraphQL over HTTP specifies, rather than 200;
 * one that failed only because the database is down, with nothing answered, is a 503 (retry).
 */
export async function sendGraphQLResponse(res: ExpressResponse, response: Response): Promise<void> {
  if (response.status !== 200) return sendFetchResponse(res, response)
  const text = await response.text()
  // Both verdicts need a top-level `errors`: an answer without the word is passed on unparsed.
  const status = text.includes('"errors"') ? graphQLStatusOf(text) : 200
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (status === 503) res.setHeader('retry-after', '5')
  // Node's own write: Express's `send` would hash the body for an ETag no one can use (POST).
  const body = Buffer.from(text)
  res.statusCode = status
  res.setHeader('content-length', body.length)
  res.end(body)
}
