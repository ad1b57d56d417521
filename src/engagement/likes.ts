import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { inTransaction, runSQL } from '../db/sql'
import { readEngagement, writeFromRows } from './aggregates'
import { itemKeyOf, lockPublishedItem, relsColumnOf, type ItemRef } from './items'
import { signedInUser } from './session'

/** The caller's like state of an item after a like or unlike, and the item's count. */
export interface LikeResult {
  liked: boolean
  likes: number
  /** False when the call changed nothing (liked twice, or unliked what was not liked). */
  changed: boolean
}

/** One like per (user, item): the unique index decides, so concurrent likes insert once. */
async function insertLike(req: PayloadRequest, userId: number, item: ItemRef): Promise<boolean> {
  const rows = await runSQL(
    req,
    sql`WITH inserted AS (
          INSERT INTO likes (user_id, item_key, updated_at, created_at)
          VALUES (${userId}, ${itemKeyOf(item)}, now(), now())
          ON CONFLICT (user_id, item_key) DO NOTHING
          RETURNING id
        ), relation AS (
          INSERT INTO likes_rels (parent_id, path, ${sql.identifier(relsColumnOf(item.collection))})
          SELECT id, 'item', ${item.id} FROM inserted
        )
        SELECT id FROM inserted`,
  )
  return rows.length > 0
}

async function deleteLike(req: PayloadRequest, userId: number, item: ItemRef): Promise<boolean> {
  const rows = await runSQL(
    req,
    sql`DELETE FROM likes WHERE user_id = ${userId} AND item_key = ${itemKeyOf(item)} RETURNING id`,
  )
  return rows.length > 0
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
    const engagement = changed
      ? await writeFromRows(req, item, { likes: true, rating: false })
      : await readEngagement(req, item)
    return { liked, likes: engagement?.likes ?? 0, changed }
  })
}
