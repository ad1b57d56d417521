import type { CollectionAfterChangeHook } from 'payload'

import { onCommitted } from '../src/changes/feed'
import { changeBetween, readLiveState, takeLiveState } from '../src/changes/liveState'
import { changeEventFor } from '../src/changes/summary'
import { isContentCollection } from '../src/content/registry'

/**
 * After a create, update or version restore, tells the change feed what readers will see change
 * (published, unpublished, published-updated) once the transaction commits. A draft save leaves
 * the main row alone and announces nothing.
 */
export const announcePublicationChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  const { slug } = collection
  const id = (doc as { id: number | string }).id
  const before = takeLiveState(context, slug, id)
  if (!isContentCollection(slug)) return doc
  const type = changeBetween(before, await readLiveState(req, slug, id))
  if (type) await onCommitted(req, await changeEventFor(req, type, slug, doc))
  return doc
}
