import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/registry'
import { jsonBody, refuseNonJSONBody } from './body'
import { parseRatingInput } from '../engagement/input'
import { itemIdFrom } from '../engagement/items'
import { setLiked } from '../engagement/likes'
import { rate, unrate } from '../engagement/ratings'
import { countView } from '../engagement/views'

/**
 * On `ratings`, in place of Payload's create and delete: `POST /api/ratings` with
 * `{ item: { relationTo, value }, score, comment? }` creates (201) or replaces (200) the caller's
 * rating; `DELETE /api/ratings/{id}` removes one. Both answer `{ message, doc, aggregate }`,
 * `aggregate` being the item's `rating` after the change.
 */
export const ratingEndpoints: Endpoint[] = [
  {
    path: '/',
    method: 'post',
    handler: async (req) => {
      if (!req.user) throw new APIError('Sign in to rate.', 401)
      const result = await rate(req, parseRatingInput(await jsonBody(req)))
      const message = result.created ? 'Rating created.' : 'Rating replaced.'
      return Response.json(
        { message, doc: result.doc, aggregate: result.aggregate },
        { status: result.created ? 201 : 200 },
      )
    },
  },
  {
    path: '/:id',
    method: 'delete',
    handler: async (req) => {
      refuseNonJSONBody(req)
      const id = itemIdFrom(req.routeParams?.id)
      const result = await unrate(req, id)
      return Response.json({
        message: 'Rating removed.',
        doc: result.doc,
        aggregate: result.aggregate,
      })
    },
  },
]

/** `POST` / `DELETE /api/{collection}/{id}/like`: like or unlike, answering `{ liked, likes, changed }`. */
export function likeEndpoints(collection: ContentCollection): Endpoint[] {
  const handler = (liked: boolean) => async (req: PayloadRequest) => {
    refuseNonJSONBody(req)
    if (!req.user) throw new APIError(`Sign in to ${liked ? 'like' : 'unlike'}.`, 401)
    const id = itemIdFrom(req.routeParams?.id)
    return Response.json(await setLiked(req, { collection, id }, liked))
  }
  return [
    { path: '/:id/like', method: 'post', handler: handler(true) },
    { path: '/:id/like', method: 'delete', handler: handler(false) },
  ]
}

/** `POST /api/{collection}/{id}/view`: counts a view, for anyone; answers `{ counted, views }`. */
export function viewEndpoint(
  collection: ContentCollection,
  windowSeconds: number,
  clientAddress: (req: PayloadRequest) => string | null,
): Endpoint {
  return {
    path: '/:id/view',
    method: 'post',
    handler: async (req) => {
      refuseNonJSONBody(req)
      const id = itemIdFrom(req.routeParams?.id)
      return Response.json(
        await countView(req, { collection, id }, windowSeconds, clientAddress(req)),
      )
    },
  }
}
