import type { CollectionConfig } from 'payload'

import { captureTagFootprint } from '../../hooks/captureTagFootprint'
import { captureTagFootprintBeforeDelete } from '../../hooks/captureTagFootprintBeforeDelete'
import { deferTagCountsInBulk } from '../../hooks/deferTagCountsInBulk'
import { recomputeDeferredTagCounts } from '../../hooks/recomputeDeferredTagCounts'
import { updateTagCounts } from '../../hooks/updateTagCounts'
import { updateTagCountsAfterDelete } from '../../hooks/updateTagCountsAfterDelete'
import { isContentCollection } from '../content/registry'
import { appendHooks } from './appendHooks'

/**
 * Tag counts: every collection counted on tags keeps `tags.counts` exact in the same transaction
 * as each create, update, restore and delete (a bulk operation's documents all at once, at its
 * end). Other collections are returned unchanged.
 */
export function withTagCounts(collection: CollectionConfig): CollectionConfig {
  if (!isContentCollection(collection.slug)) return collection
  return appendHooks(collection, {
    beforeOperation: [deferTagCountsInBulk],
    afterOperation: [recomputeDeferredTagCounts],
    beforeChange: [captureTagFootprint],
    afterChange: [updateTagCounts],
    beforeDelete: [captureTagFootprintBeforeDelete],
    afterDelete: [updateTagCountsAfterDelete],
  })
}
