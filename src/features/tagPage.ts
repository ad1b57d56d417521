import type { CollectionConfig, Config } from 'payload'

import { tagPageEndpoint } from '../endpoints/tagPage'
import { tagPageQueries } from '../endpoints/graphql/tagPage'

/** Tag page: `GET /api/tags/{slug}/page` on the tags collection; others are returned unchanged. */
export function withTagPage(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== 'tags') return collection
  return { ...collection, endpoints: [...(collection.endpoints || []), tagPageEndpoint] }
}

/** Tag page: the `TagPage` GraphQL query, added to whatever queries the config already has. */
export function withTagPageQuery(config: Config): Config {
  const existing = config.graphQL?.queries
  return {
    ...config,
    graphQL: {
      ...config.graphQL,
      queries: (graphQL, context) => ({
        ...existing?.(graphQL, context),
        ...tagPageQueries(graphQL),
      }),
    },
  }
}
