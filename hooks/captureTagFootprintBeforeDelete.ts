import type { CollectionBeforeDeleteHook } from 'payload'

import { lockDocument, readFootprint, rememberFootprint } from '../src/tagCounts/footprint'

/** Before a delete, records the tag counts the document contributes to (its tags go with it). */
export const captureTagFootprintBeforeDelete: CollectionBeforeDeleteHook = async ({
  collection,
  context,
  id,
  req,
}) => {
  await lockDocument(req, collection.slug, id)
  rememberFootprint(context, collection.slug, id, await readFootprint(req, collection.slug, id))
}
