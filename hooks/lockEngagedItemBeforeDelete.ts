import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeDeleteHook } from 'payload'

import { runSQL } from '../src/db/sql'
import { tableOf } from '../src/db/tables'
import { lockItem } from '../src/engagement/aggregates'
import { itemFromKey } from '../src/engagement/items'

/**
 * Deleting a like or rating through Payload locks its item before the row goes, the order the
 * endpoints use (see `lockEngagedItem`).
 */
export const lockEngagedItemBeforeDelete: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const [row] = await runSQL<{ item_key: string | null }>(
    req,
    sql`SELECT item_key FROM ${sql.identifier(tableOf(collection.slug))} WHERE id = ${Number(id)}`,
  )
  const item = itemFromKey(row?.item_key)
  if (item) await lockItem(req, item)
}
