import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { runSQL } from '../db/sql'
import { tableOf } from '../db/tables'
import { isAuthored, isContentCollection, type ContentCollection } from '../content/registry'

export type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** A content document that can be liked, viewed and (some) rated. */
export interface ItemRef {
  collection: ContentCollection
  id: number
}

/** The `itemKey` of likes and ratings rows (`collection:id`), as `deriveItemKey` writes it. */
export const itemKeyOf = ({ collection, id }: ItemRef): string => `${collection}:${id}`

/** The item an `itemKey` names, or null for a key of another collection or a malformed one. */
export function itemFromKey(key: string | null | undefined): ItemRef | null {
  const match = /^([a-z-]+):(\d{1,15})$/.exec(key ?? '')
  if (!match || !isContentCollection(match[1])) return null
  return { collection: match[1], id: Number(match[2]) }
}

/** A document id from the route; anything but a positive integer names no document (404). */
export function itemIdFrom(raw: unknown): number {
  const id = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(id) || id <= 0) throw new APIError('Not Found', 404)
  return id
}

interface LockedItem {
  authorId: number | null
}

/**
 * Locks the item's main row for the rest of the transaction and checks it is published: every
 * writer of a counter takes this lock first, so their recomputes see each other's rows. Unknown
 * and unpublished items answer 404, as they do to readers.
 */
export async function lockPublishedItem(req: Req, item: ItemRef): Promise<LockedItem> {
  const author = isAuthored(item.collection) ? sql`author_id` : sql`NULL::integer`
  const [row] = await runSQL<{ status: string | null; author_id: number | null }>(
    req,
    sql`SELECT _status AS status, ${author} AS author_id
        FROM ${sql.identifier(tableOf(item.collection))}
        WHERE id = ${item.id} FOR NO KEY UPDATE`,
  )
  if (!row || row.status !== 'published') throw new APIError('Not Found', 404)
  return { authorId: row.author_id === null ? null : Number(row.author_id) }
}
