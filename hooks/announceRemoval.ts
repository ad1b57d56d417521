import type { CollectionAfterDeleteHook } from 'payload'

import { onCommittedWrite } from '../src/changes/feed'

/** After a delete, tells the change feed the collection was written, once the transaction commits. */
export const announceRemoval: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await onCommittedWrite(req, collection.slug)
  return doc
}
