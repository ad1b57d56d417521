import { APIError, type PayloadRequest } from 'payload'

import { inTransaction } from '../db/sql'
import type { RateableCollection } from '../content/registry'
import { readEngagement, type RatingAggregate } from './aggregates'
import type { RatingInput } from './input'
import { itemFromKey, itemKeyOf, lockPublishedItem, type ItemRef } from './items'
import { mayRemove, signedInUser } from './session'

/** A rating as the API answers it (`item.value` and `user` are ids). */
export interface RatingDoc {
  id: number
  user: number
  item: { relationTo: RateableCollection; value: number }
  score: number
  comment: string | null
  createdAt: string
  updatedAt: string
}

/** What a rating change did: the rating, and the rated item's aggregate after it. */
export interface RatingResult {
  doc: RatingDoc
  /** The item's `rating` after the change; null when the item no longer exists. */
  aggregate: RatingAggregate | null
  /** True when the caller had no rating for the item before. */
  created: boolean
}

/** A rating as Payload returns it at depth 0. */
interface RatingRecord {
  id: number
  // Optional in the generated type (the server fills it on create); every stored row has it.
  user?: number | { id: number }
  score: number
  comment?: string | null
  createdAt: string
  updatedAt: string
}

const idOf = (value: number | { id: number } | undefined): number =>
  typeof value === 'object' ? value.id : Number(value)

function ratingDoc(doc: RatingRecord, item: ItemRef): RatingDoc {
  return {
    id: doc.id,
    user: idOf(doc.user),
    item: { relationTo: item.collection as RateableCollection, value: item.id },
    score: doc.score,
    comment: doc.comment ?? null,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }
}

/**
 * Creates the caller's rating, or replaces score and comment of the one they have, through
 * Payload (validation, `itemKey`, the hooks that recompute the aggregate), in the request's
 * transaction. The caller holds the item's lock, so concurrent posts by one user run one after
 * another and the second replaces what the first created; the unique (user, itemKey) index stays
 * the last word.
 */
async function upsertRating(req: PayloadRequest, userId: number, input: RatingInput) {
  const { docs } = await req.payload.find({
    collection: 'ratings',
    where: { and: [{ user: { equals: userId } }, { itemKey: { equals: itemKeyOf(input.item) } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    req,
  })
  const data = { score: input.score, comment: input.comment }
  // The rating endpoint is the access decision: Payload's own writes of ratings are closed to clients.
  if (docs[0]) {
    const doc = await req.payload.update({
      collection: 'ratings',
      id: docs[0].id,
      data,
      depth: 0,
      req,
    })
    return { doc, created: false }
  }
  const doc = await req.payload.create({
    collection: 'ratings',
    data: {
      ...data,
      user: userId,
      item: input.item && { relationTo: input.item.collection, value: input.item.id },
    },
    depth: 0,
    req,
  })
  return { doc, created: true }
}

/**
 * `POST /api/ratings`: creates or replaces the caller's rating of a published item they did not
 * write, and recomputes the item's aggregate from the rows, all in one transaction.
 */
export async function rate(req: PayloadRequest, input: RatingInput): Promise<RatingResult> {
  const user = signedInUser(req, 'rate')
  return inTransaction(req, async () => {
    const { authorId } = await lockPublishedItem(req, input.item)
    if (authorId === user.id) throw new APIError('You cannot rate your own work.', 403)
    const { doc, created } = await upsertRating(req, user.id, input)
    // The ratings hooks recomputed the aggregate in this transaction.
    const engagement = await readEngagement(req, input.item)
    return { doc: ratingDoc(doc, input.item), aggregate: engagement?.rating ?? null, created }
  })
}

/**
 * `DELETE /api/ratings/{id}`: removes a rating (its owner or staff) and recomputes the item's
 * aggregate. The item is locked before the row goes, the same order as `rate`.
 */
export async function unrate(req: PayloadRequest, id: number): Promise<RatingResult> {
  const user = signedInUser(req, 'remove a rating')
  return inTransaction(req, async () => {
    const found = await req.payload.findByID({
      collection: 'ratings',
      id,
      depth: 0,
      disableErrors: true,
      req,
    })
    if (!found) throw new APIError('Not Found', 404)
    if (!mayRemove(user, idOf(found.user))) {
      throw new APIError('Only its author or an editor can remove a rating.', 403)
    }
    const item = itemFromKey(found.itemKey)
    if (!item) throw new APIError('Not Found', 404)
    // The ratings hooks lock the item, then recompute its aggregate once the row is gone.
    await req.payload.delete({ collection: 'ratings', id, depth: 0, req })
    const engagement = await readEngagement(req, item)
    return { doc: ratingDoc(found, item), aggregate: engagement?.rating ?? null, created: false }
  })
}
