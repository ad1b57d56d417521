import type { CollectionAfterDeleteHook } from 'payload'

import { changedTags, takeFootprint } from '../src/tagCounts/footprint'
import { recomputeOrDefer } from '../src/tagCounts/deferral'

/**
 * After a delete, recomputes the counts of the tags the published document carried (at the end of
 * a bulk delete, with every other document's tags).
 */
export const updateTagCountsAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  doc,
  id,
  req,
}) => {
  const before = takeFootprint(context, collection.slug, id)
  await recomputeOrDefer(req, changedTags(before, new Set()))
  return doc
}
