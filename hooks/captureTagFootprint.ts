import type { CollectionBeforeChangeHook } from 'payload'

import { lockDocument, readFootprint, rememberFootprint } from '../src/tagCounts/footprint'

/**
 * Before an update, records which tag counts the document's published state contributes to, so
 * `updateTagCounts` can tell which tags the change moves (old tags included).
 */
export const captureTagFootprint: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  await lockDocument(req, collection.slug, id)
  rememberFootprint(context, collection.slug, id, await readFootprint(req, collection.slug, id))
  return data
}
