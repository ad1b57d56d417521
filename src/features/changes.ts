import type { CollectionConfig } from 'payload'

import { announceDeletion } from '../../hooks/announceDeletion'
import { announcePublicationChange } from '../../hooks/announcePublicationChange'
import { captureLiveState } from '../../hooks/captureLiveState'
import { isContentCollection } from '../content/registry'
import { appendHooks } from './appendHooks'

/**
 * The after-commit change feed (`src/changes`): every content collection announces publishes,
 * unpublishes, published revisions and deletes of live documents. Other collections are returned
 * unchanged.
 */
export function withChangeFeed(collection: CollectionConfig): CollectionConfig {
  if (!isContentCollection(collection.slug)) return collection
  return appendHooks(collection, {
    beforeChange: [captureLiveState],
    afterChange: [announcePublicationChange],
    afterDelete: [announceDeletion],
  })
}
