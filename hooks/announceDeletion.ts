import type { CollectionAfterDeleteHook } from 'payload'

import { onCommitted } from '../src/changes/feed'
import { changeEventFor } from '../src/changes/summary'
import { isContentCollection } from '../src/content/registry'

/**
 * After a delete of a live document, tells the change feed it is gone once the transaction
 * commits. Deleting a never-published draft changes nothing readers saw, so it says nothing.
 */
export const announceDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const { slug } = collection
  const live = (doc as { _status?: unknown })._status === 'published'
  if (isContentCollection(slug) && live) {
    await onCommitted(req, await changeEventFor(req, 'deleted', slug, doc))
  }
  return doc
}
