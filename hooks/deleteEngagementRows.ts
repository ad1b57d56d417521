import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterDeleteHook } from 'payload'

import { runSQL } from '../src/db/sql'
import { isContentCollection } from '../src/content/registry'
import { itemKeyOf } from '../src/engagement/items'

/**
 * A deleted document takes its likes and ratings with it (their relation rows already go by
 * cascade; the rows themselves would linger, keyed to nothing).
 */
export const deleteEngagementRows: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (!isContentCollection(collection.slug)) return
  const key = itemKeyOf({ collection: collection.slug, id: Number(id) })
  await runSQL(
    req,
    sql`WITH gone AS (DELETE FROM likes WHERE item_key = ${key})
        DELETE FROM ratings WHERE item_key = ${key}`,
  )
}
