import type { CollectionAfterDeleteHook } from 'payload'

import { changedTags, takeFootprint } from '../src/tagCounts/footprint'
import { recomputeTagCounts } from '../src/tagCounts/recompute'

/** After a delete, recomputes the counts of the tags the published document carried. */
export const updateTagCountsAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  doc,
  id,
  req,
}) => {
  const before = takeFootprint(context, collection.slug, id)
  await recomputeTagCounts(req, changedTags(before, new Set()))
  return doc
}
