import type { PayloadRequest, Where } from 'payload'

import { inTransaction } from '../db/sql'
import { readEngagement } from './aggregates'
import { itemKeyOf, lockPublishedItem, type ItemRef } from './items'
import { signedInUser } from './session'

/** The caller's like state of an item after a like or unlike, and the item's count. */
export interface LikeResult {
  liked: boolean
  likes: number
  /** False when the call changed nothing (liked twice, or unliked what was not liked). */
  changed: boolean
}

const ownLike = (userId: number, item: ItemRef): Where => ({
  and: [{ user: { equals: userId } }, { itemKey: { equals: itemKeyOf(item) } }],
})

/**
 * Adds the caller's like through Payload (validation, `itemKey`, the hooks that recompute the
 * item's counter), in the request's transaction. The caller holds the item's lock, so concurrent
 * likes of one item run one after another and see each other's rows; the unique (user, itemKey)
 * index stays the last word.
 */
async function insertLike(req: PayloadRequest, userId: number, item: ItemRef): Promise<boolean> {
  const existing = await req.payload.count({
    collection: 'likes',
    where: ownLike(userId, item),
    req,
  })
  if (existing.totalDocs > 0) return false
  await req.payload.create({
    collection: 'likes',
    // The like endpoint is the access decision: Payload's own create of likes is closed to clients.
    data: { user: userId, item: { relationTo: item.collection, value: item.id } },
    depth: 0,
    req,
  })
  return true
}

async function deleteLike(req: PayloadRequest, userId: number, item: ItemRef): Promise<boolean> {
  const { docs } = await req.payload.delete({
    collection: 'likes',
    where: ownLike(userId, item),
    depth: 0,
    req,
  })
  return docs.length > 0
}

/**
 * `POST` (liked = true) or `DELETE` (false) `/api/{collection}/{id}/like` for the signed-in
 * caller, on a published item. Idempotent; when a row was added or removed the item's `likes`
 * is recomputed from the rows in the same transaction, with the item locked.
 */
export async function setLiked(
  req: PayloadRequest,
  item: ItemRef,
  liked: boolean,
): Promise<LikeResult> {
  const user = signedInUser(req, liked ? 'like' : 'unlike')
  return inTransaction(req, async () => {
    await lockPublishedItem(req, item)
    const changed = liked
      ? await insertLike(req, user.id, item)
      : await deleteLike(req, user.id, item)
    // The likes hooks recomputed the counter in this transaction when a row changed.
    const engagement = await readEngagement(req, item)
    return { liked, likes: engagement?.likes ?? 0, changed }
  })
}
