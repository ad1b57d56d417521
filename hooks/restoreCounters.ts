import type { CollectionAfterChangeHook } from 'payload'

import { writeEngagement } from '../src/engagement/aggregates'
import { isContentCollection } from '../src/content/registry'
import { takeEngagement, withEngagementFields } from '../src/engagement/preserve'

/**
 * After an update, writes back the counters `lockCounters` read under lock (still true: the row
 * stayed locked), in SQL, so a publish or restore never moves them back; the returned document
 * shows them too.
 */
export const restoreCounters: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  const id = (doc as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || !isContentCollection(collection.slug)) {
    return doc
  }
  const item = { collection: collection.slug, id: Number(id) }
  const engagement = takeEngagement(context, item)
  if (!engagement) return doc
  await writeEngagement(req, item, engagement)
  return withEngagementFields(doc as Record<string, unknown>, engagement)
}
