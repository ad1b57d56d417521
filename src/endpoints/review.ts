import { APIError, type Endpoint } from 'payload'

import type { ContentCollection } from '../content/registry'
import { parseReviewInput } from '../review/input'
import { describeReview, performReviewAction } from '../review/service'
import { jsonBody } from './body'

/** A document id from the route; anything but a positive integer names no document. */
export function documentIdFrom(raw: unknown): number {
  const id = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(id) || id <= 0) throw new APIError('Not Found', 404)
  return id
}

/**
 * `POST /api/{collection}/{id}/review` with `{ action, note?, publishAt? }` takes a review action;
 * `GET` on the same path tells the caller the document's review state and their allowed actions
 * (the admin's buttons use it).
 */
export function reviewEndpoints(collection: ContentCollection): Endpoint[] {
  return [
    {
      path: '/:id/review',
      method: 'post',
      handler: async (req) => {
        if (!req.user) throw new APIError('Sign in to review documents.', 401)
        const id = documentIdFrom(req.routeParams?.id)
        const input = parseReviewInput(await jsonBody(req))
        return Response.json(await performReviewAction(req, { collection, id, ...input }))
      },
    },
    {
      path: '/:id/review',
      method: 'get',
      handler: async (req) => {
        if (!req.user) throw new APIError('Sign in to review documents.', 401)
        const id = documentIdFrom(req.routeParams?.id)
        return Response.json(await describeReview(req, collection, id))
      },
    },
  ]
}
