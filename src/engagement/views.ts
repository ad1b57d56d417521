import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { runSQL } from '../db/sql'
import { tableOf } from '../db/tables'
import { itemKeyOf, type ItemRef } from './items'
import type { RecentViews } from './recentViews'

/** Whether this view was counted, and the item's views after it. */
export interface ViewResult {
  counted: boolean
  views: number
}

/**
 * `POST /api/{collection}/{id}/view`: counts a view of a published item with one atomic
 * `views = views + 1` (no version, no hooks, `updatedAt` untouched), at most once per client and
 * item per window; a repeat answers `counted: false` and changes nothing.
 */
export async function countView(
  req: PayloadRequest,
  item: ItemRef,
  recent: RecentViews,
  /** The client, from the plugin's `clientAddress` option; requests without one share a key. */
  client: string | null,
): Promise<ViewResult> {
  const table = sql.identifier(tableOf(item.collection))
  const published = sql`id = ${item.id} AND _status = 'published'`
  const key = `${client ?? 'unknown'}|${itemKeyOf(item)}`
  if (!recent.claim(key)) {
    const [row] = await runSQL<{ views: unknown }>(
      req,
      sql`SELECT views FROM ${table} WHERE ${published}`,
    )
    if (!row) throw new APIError('Not Found', 404)
    return { counted: false, views: Number(row.views ?? 0) }
  }
  try {
    const [row] = await runSQL<{ views: unknown }>(
      req,
      sql`UPDATE ${table} SET views = coalesce(views, 0) + 1 WHERE ${published} RETURNING views`,
    )
    if (!row) throw new APIError('Not Found', 404)
    return { counted: true, views: Number(row.views) }
  } catch (error) {
    recent.release(key)
    throw error
  }
}
