import type { CollectionBeforeChangeHook } from 'payload'

import { lockTrueEngagement } from '../src/engagement/aggregates'
import { isContentCollection } from '../src/content/registry'
import { engagementFields, rememberEngagement } from '../src/engagement/preserve'

/**
 * Publishing, restoring a version or saving a draft writes the version's copy of `views`,
 * `likes` and `rating` (stale by then) as if they were content. Before any update, this locks the
 * document's row, so no view, like or rating lands until the edit commits, and saves the true
 * counters instead (views as stored, likes and rating counted from their rows);
 * `restoreCounters` writes them back over whatever Payload wrote.
 */
export const lockCounters: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined || !isContentCollection(collection.slug)) {
    return data
  }
  const item = { collection: collection.slug, id: Number(id) }
  const engagement = await lockTrueEngagement(req, item)
  if (!engagement) return data
  rememberEngagement(context, item, engagement)
  return { ...data, ...engagementFields(engagement) }
}
