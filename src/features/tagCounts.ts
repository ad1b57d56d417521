import type { CollectionConfig } from 'payload'

import { captureTagFootprint } from '../../hooks/captureTagFootprint'
import { captureTagFootprintBeforeDelete } from '../../hooks/captureTagFootprintBeforeDelete'
import { updateTagCounts } from '../../hooks/updateTagCounts'
import { updateTagCountsAfterDelete } from '../../hooks/updateTagCountsAfterDelete'
import { isContentCollection } from '../content/registry'

/**
 * Tag counts: every collection counted on tags keeps `tags.counts` exact in the same transaction
 * as each create, update, restore and delete. Other collections are returned unchanged.
 */
export function withTagCounts(collection: CollectionConfig): CollectionConfig {
  if (!isContentCollection(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), captureTagFootprint],
      afterChange: [...(hooks.afterChange ?? []), updateTagCounts],
      beforeDelete: [...(hooks.beforeDelete ?? []), captureTagFootprintBeforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), updateTagCountsAfterDelete],
    },
  }
}
