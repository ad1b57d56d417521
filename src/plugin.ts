import type { CollectionConfig, Config } from 'payload'

import { CommunityArticles } from '../collections/communityArticles'
import { Lessons } from '../collections/lessons'
import { Likes } from '../collections/likes'
import { Media } from '../collections/media'
import { QuestionBundles } from '../collections/questionBundles'
import { Ratings } from '../collections/ratings'
import { ReviewEvents } from '../collections/reviewEvents'
import { Stories } from '../collections/stories'
import { Tags } from '../collections/tags'
import { Users } from '../collections/users'
import { clampPageSize } from '../hooks/clampPageSize'
import { withEngagement } from './features/engagement'
import { withPremium } from './features/premium'
import { withReadableQueries } from './features/readableQueries'
import { withReview, withReviewConfig } from './features/review'
import { withServerOwnedFields } from './features/serverOwned'
import { withTagCounts } from './features/tagCounts'
import { withTagPage, withTagPageQuery } from './features/tagPage'
import { sanitizeOptions } from './options'
import type { CasebookPluginOptions } from './types'

const withBeforeOperation = (
  collection: CollectionConfig,
  hook: NonNullable<NonNullable<CollectionConfig['hooks']>['beforeOperation']>[number],
): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), hook],
  },
})

/**
 * casebook as a Payload plugin: accounts, media and the content model of an engineering-learning
 * site. Returns a new config; the one passed in is not modified.
 */
export const casebookPlugin =
  (pluginOptions: CasebookPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    const ownCollections = [
      Users,
      Media,
      Tags,
      Stories,
      Lessons,
      CommunityArticles,
      QuestionBundles,
      Ratings,
      Likes,
      ReviewEvents,
    ]
    const collections = [...(incomingConfig.collections ?? []), ...ownCollections]

    if (!options.enabled) return { ...incomingConfig, collections }

    // Behaviour layered onto the collections, one feature at a time (each returns a new config).
    const features: ((collection: CollectionConfig) => CollectionConfig)[] = [
      (collection) => withBeforeOperation(collection, clampPageSize(options.maxPageSize)),
      withPremium,
      withTagCounts,
      withTagPage,
      withReview,
      (collection) => withEngagement(collection, { viewWindowSeconds: options.viewWindowSeconds }),
      // Last, so their hooks run first: every other hook sees the server's values and only
      // queries on readable fields.
      withServerOwnedFields,
      withReadableQueries,
    ]

    const configured = withReviewConfig({
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        user: Users.slug,
        // The default avatar is fetched from Gravatar; keep the admin self-contained.
        avatar: 'default',
      },
      collections: collections.map((collection) =>
        features.reduce((current, feature) => feature(current), collection),
      ),
      upload: {
        ...incomingConfig.upload,
        limits: { ...incomingConfig.upload?.limits, fileSize: options.maxUploadBytes },
      },
    })
    return withTagPageQuery(configured)
  }
