import type { CollectionConfig, GlobalConfig } from 'payload'

import { announceDeletion } from '../../hooks/announceDeletion'
import { announceGlobalWrite } from '../../hooks/announceGlobalWrite'
import { announcePublicationChange } from '../../hooks/announcePublicationChange'
import { announceRemoval } from '../../hooks/announceRemoval'
import { announceWrite } from '../../hooks/announceWrite'
import { captureLiveState } from '../../hooks/captureLiveState'
import { isContentCollection } from '../content/registry'
import { appendHooks } from './appendHooks'

/**
 * The after-commit change feed (`src/changes`): every collection announces that it was written;
 * content collections also announce publishes, unpublishes, published revisions and deletes of
 * live documents.
 */
export function withChangeFeed(collection: CollectionConfig): CollectionConfig {
  const announced = appendHooks(collection, {
    afterChange: [announceWrite],
    afterDelete: [announceRemoval],
  })
  if (!isContentCollection(collection.slug)) return announced
  return appendHooks(announced, {
    beforeChange: [captureLiveState],
    afterChange: [announcePublicationChange],
    afterDelete: [announceDeletion],
  })
}

/** Every global announces that it was saved. */
export function withGlobalChangeFeed(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return {
    ...global,
    hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), announceGlobalWrite] },
  }
}
