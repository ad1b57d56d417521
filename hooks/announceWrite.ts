import type { CollectionAfterChangeHook } from 'payload'

import { onCommittedWrite } from '../src/changes/feed'

const statusOf = (doc: unknown): unknown => (doc as { _status?: unknown } | undefined)?._status

/**
 * After a create or update, tells the change feed the collection was written, once the
 * transaction commits, so copies of its documents (cached responses, here and on other instances)
 * are dropped. A draft save of a document that was never live changed nothing readers see.
 */
export const announceWrite: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const unseenDraft = statusOf(doc) === 'draft' && statusOf(previousDoc) !== 'published'
  if (!unseenDraft) await onCommittedWrite(req, collection.slug)
  return doc
}
