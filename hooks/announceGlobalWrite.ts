import type { GlobalAfterChangeHook } from 'payload'

import { onCommittedWrite } from '../src/changes/feed'

/** After a global is saved, tells the change feed, once the transaction commits. */
export const announceGlobalWrite: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await onCommittedWrite(req, global.slug)
  return doc
}
