import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { viewClaimsTable } from '../db/customTables'
import { runSQL } from '../db/sql'
import { tableOf } from '../db/tables'
import { itemKeyOf, type ItemRef } from './items'

/** Whether this view was counted, and the item's views after it. */
export interface ViewResult {
  counted: boolean
  views: number
}

/** Expired claims a view removes in passing, so the claims table stays as small as the window. */
const expiredClaimsSweptPerView = 20

/**
 * `POST /api/{collection}/{id}/view`: counts a view of a published item at most once per client
 * and item per window, in one statement shared by every instance on the database: the claim of
 * (client, item) in `view_claims` (inserted, or renewed when the previous one expired) and the
 * atomic `views = views + 1` (no version, no hooks, `updatedAt` untouched) happen together or not
 * at all. Concurrent views of one pair wait on the claim's row, so exactly one counts. A repeat
 * within the window answers `counted: false` and changes nothing; an item that is not published
 * answers 404 and leaves no claim.
 */
export async function countView(
  req: PayloadRequest,
  item: ItemRef,
  windowSeconds: number,
  /** The client, from the plugin's `clientAddress` option; requests without one share a key. */
  client: string | null,
): Promise<ViewResult> {
  const table = sql.identifier(tableOf(item.collection))
  const claims = sql.identifier(viewClaimsTable)
  const clientKey = client ?? 'unknown'
  const itemKey = itemKeyOf(item)
  const published = sql`id = ${item.id} AND _status = 'published'`
  const [row] = await runSQL<{ found: boolean; counted: unknown; views: unknown }>(
    req,
    sql`WITH swept AS (
          DELETE FROM ${claims} WHERE ctid IN (
            SELECT ctid FROM ${claims}
            WHERE expires_at <= now() AND NOT (client = ${clientKey} AND item = ${itemKey})
            LIMIT ${expiredClaimsSweptPerView} FOR UPDATE SKIP LOCKED)
        ), claimed AS (
          INSERT INTO ${claims} (client, item, expires_at)
          SELECT ${clientKey}, ${itemKey}, now() + make_interval(secs => ${windowSeconds})
          WHERE EXISTS (SELECT 1 FROM ${table} WHERE ${published})
          ON CONFLICT (client, item) DO UPDATE SET expires_at = excluded.expires_at
            WHERE ${claims}.expires_at <= now()
          RETURNING 1
        ), bumped AS (
          UPDATE ${table} SET views = coalesce(views, 0) + 1
          WHERE ${published} AND EXISTS (SELECT 1 FROM claimed)
          RETURNING views
        )
        SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${published}) AS found,
          (SELECT views FROM bumped) AS counted,
          (SELECT views FROM ${table} WHERE ${published}) AS views`,
  )
  if (!row?.found) throw new APIError('Not Found', 404)
  if (row.counted !== null && row.counted !== undefined) {
    return { counted: true, views: Number(row.counted) }
  }
  return { counted: false, views: Number(row.views ?? 0) }
}
