import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/registry'
import type { ReviewAction, ReviewState } from '../workflow'

/** One row of a document's review history. */
export interface ReviewEventInput {
  collection: ContentCollection
  id: number
  action: ReviewAction
  from: ReviewState
  to: ReviewState
  by: number
  owner: number | null
  note: string | null
  at: Date
}

/** Appends the history row in the request's transaction (the collection refuses API writes). */
export async function appendReviewEvent(req: PayloadRequest, event: ReviewEventInput) {
  return req.payload.create({
    collection: 'review-events',
    data: {
      item: { relationTo: event.collection, value: event.id },
      at: event.at.toISOString(),
      by: event.by,
      owner: event.owner,
      action: event.action,
      from: event.from,
      to: event.to,
      note: event.note,
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
}
