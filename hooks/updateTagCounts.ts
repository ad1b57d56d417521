import type { CollectionAfterChangeHook } from 'payload'

import { changedTags, readFootprint, takeFootprint } from '../src/tagCounts/footprint'
import { recomputeOrDefer } from '../src/tagCounts/deferral'

/**
 * After a create or update, recomputes in SQL the counts of every tag whose published membership
 * changed: publish, unpublish, retag, a lesson changing track, a revision published with other
 * tags. Draft saves leave the published row alone, so they change nothing here. In a bulk
 * operation the tags are collected and recomputed once at its end (`recomputeDeferredTagCounts`).
 */
export const updateTagCounts: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  const id = (doc as { id: number | string }).id
  const before = takeFootprint(context, collection.slug, id)
  const after = await readFootprint(req, collection.slug, id)
  await recomputeOrDefer(req, changedTags(before, after))
  return doc
}
