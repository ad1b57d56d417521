import type { Access, CollectionConfig, PayloadRequest } from 'payload'

import { deleteEngagementRows } from '../../hooks/deleteEngagementRows'
import { lockCounters } from '../../hooks/lockCounters'
import { lockEngagedItem } from '../../hooks/lockEngagedItem'
import { lockEngagedItemBeforeDelete } from '../../hooks/lockEngagedItemBeforeDelete'
import { recomputeEngagedItem } from '../../hooks/recomputeEngagedItem'
import { recomputeEngagedItemAfterDelete } from '../../hooks/recomputeEngagedItemAfterDelete'
import { restoreCounters } from '../../hooks/restoreCounters'
import { isContentCollection } from '../content/registry'
import { likeEndpoints, ratingEndpoints, viewEndpoint } from '../endpoints/engagement'

export interface EngagementOptions {
  /** One counted view per client and item per this many seconds. */
  viewWindowSeconds: number
  /** The client's address, which views are deduplicated by. */
  clientAddress: (req: PayloadRequest) => string | null
}

// Likes and ratings are written only by the endpoints (and trusted server code): Payload's own
// create and update, over REST, GraphQL or the admin, would skip their rules.
const throughEndpointsOnly: Access = () => false

/** `likes` and `ratings`: writes through the endpoints, and item counters kept on every path. */
function withEngagementRows(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const endpoints = collection.slug === 'ratings' ? ratingEndpoints : []
  return {
    ...collection,
    access: { ...collection.access, create: throughEndpointsOnly, update: throughEndpointsOnly },
    // First, so they answer before Payload's create and delete of the same paths.
    endpoints: [...endpoints, ...(collection.endpoints || [])],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), lockEngagedItem],
      afterChange: [...(hooks.afterChange ?? []), recomputeEngagedItem],
      beforeDelete: [...(hooks.beforeDelete ?? []), lockEngagedItemBeforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), recomputeEngagedItemAfterDelete],
    },
  }
}

/** Content: like, unlike and view endpoints, and counters that survive every edit. */
function withEngagedContent(
  collection: CollectionConfig & { slug: Parameters<typeof likeEndpoints>[0] },
  options: EngagementOptions,
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    endpoints: [
      ...(collection.endpoints || []),
      ...likeEndpoints(collection.slug),
      viewEndpoint(collection.slug, options.viewWindowSeconds, options.clientAddress),
    ],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), lockCounters],
      afterChange: [...(hooks.afterChange ?? []), restoreCounters],
      afterDelete: [...(hooks.afterDelete ?? []), deleteEngagementRows],
    },
  }
}

/**
 * Ratings, likes and views: `POST /api/ratings` (upsert) and `DELETE /api/ratings/{id}`,
 * `POST`/`DELETE /api/{collection}/{id}/like`, `POST /api/{collection}/{id}/view`. Counters and
 * aggregates are written in SQL only (no version, no `updatedAt`, no hooks), stay equal to the
 * rows under concurrency, and survive drafts, publishing and restores. Other collections are
 * returned unchanged.
 */
export function withEngagement(
  collection: CollectionConfig,
  options: EngagementOptions,
): CollectionConfig {
  const { slug } = collection
  if (slug === 'likes' || slug === 'ratings') return withEngagementRows(collection)
  if (isContentCollection(slug)) return withEngagedContent({ ...collection, slug }, options)
  return collection
}
