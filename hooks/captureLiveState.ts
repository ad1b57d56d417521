import type { CollectionBeforeChangeHook } from 'payload'

import { readLiveState, rememberLiveState } from '../src/changes/liveState'

/**
 * Before an update, records whether the document is live and when its main row was written, so
 * `announcePublicationChange` can tell a publish, an unpublish or a published revision from a
 * draft save.
 */
export const captureLiveState: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  rememberLiveState(context, collection.slug, id, await readLiveState(req, collection.slug, id))
  return data
}
