import type { CollectionConfig, Config } from 'payload'

import { CommunityArticles } from '../collections/communityArticles'
import { Lessons } from '../collections/lessons'
import { Likes } from '../collections/likes'
import { mediaCollection } from '../collections/media'
import { QuestionBundles } from '../collections/questionBundles'
import { Ratings } from '../collections/ratings'
import { ReviewEvents } from '../collections/reviewEvents'
import { Stories } from '../collections/stories'
import { Tags } from '../collections/tags'
import { WebhookDeliveries } from '../collections/webhookDeliveries'
import { webhooksCollection } from '../collections/webhooks'
import { StoriesIndex } from '../globals/storiesIndex'
import { answerDataErrorsWith400 } from '../hooks/answerDataErrorsWith400'
import { answerUnavailableDatabaseWith503 } from '../hooks/answerUnavailableDatabaseWith503'
import { clampPageSize } from '../hooks/clampPageSize'
import { limitAuthAttempts } from '../hooks/limitAuthAttempts'
import { markTransientFailure } from '../hooks/markTransientFailure'
import { validateQueryInput } from '../hooks/validateQueryInput'
import { addViewClaimsTable, withSchemaHook } from './db/customTables'
import { pointAccountsAt, withAccounts } from './features/accounts'
import { withChangeFeed, withGlobalChangeFeed } from './features/changes'
import { withEngagement } from './features/engagement'
import { withPayloadCollectionAccess } from './features/payloadCollections'
import { withPremium } from './features/premium'
import { withReadableQueries } from './features/readableQueries'
import { withReview, withReviewConfig } from './features/review'
import { withServerOwnedFields } from './features/serverOwned'
import { withConfinedServiceAccounts } from './features/serviceAccounts'
import { withTagCounts } from './features/tagCounts'
import { withTagPage, withTagPageQuery } from './features/tagPage'
import { withTransientFailures, withTransientFailureWatch } from './features/transientFailures'
import { withWebhooksConfig } from './features/webhooks'
import { operationLimitRules } from './graphql/limits'
import { selectRequestedFields } from './graphql/selectRequested'
import { AttemptBudget } from './limits/attemptBudget'
import { sanitizeOptions } from './options'
import type { CasebookPluginOptions } from './types'
import { withMissingFilesAs404 } from './uploads/missingFiles'

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
 * GraphQL cost caps (fewer root fields and aliases per request, a lower complexity budget), and
 * reads of only the fields a query asks for.
 */
const withOperationLimits = (
  graphQL: Config['graphQL'],
  collections: CollectionConfig[],
): Config['graphQL'] => {
  const verifies = collections.some(
    (collection) => typeof collection.auth === 'object' && Boolean(collection.auth.verify),
  )
  const limits = operationLimitRules({
    maxRootFields: 20,
    maxAliases: 30,
    unservedRootField: (name) => !verifies && name.startsWith('verifyEmail'),
  })
  return {
    ...graphQL,
    maxComplexity: Math.min(graphQL?.maxComplexity ?? 500, 500),
    validationRules: (args) => [...(graphQL?.validationRules?.(args) ?? []), ...limits(args)],
    queries: selectRequestedFields(graphQL?.queries),
  }
}

/**
 * casebook as a Payload plugin: accounts, media and the content model of an engineering-learning
 * site. Returns a new config; the one passed in is not modified.
 */
export const casebookPlugin =
  (pluginOptions: CasebookPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    const ownCollections = [
      mediaCollection(options.mediaDir),
      Tags,
      Stories,
      Lessons,
      CommunityArticles,
      QuestionBundles,
      Ratings,
      Likes,
      ReviewEvents,
      webhooksCollection(options.webhooks),
      WebhookDeliveries,
    ]
    const collections = [
      ...withAccounts(incomingConfig.collections ?? [], options),
      ...ownCollections.map((collection) => pointAccountsAt(collection, options.users)),
    ]

    // Read back by access functions and hooks through `casebookOptionsOf(req.payload.config)`.
    const custom = { ...incomingConfig.custom, casebook: options }
    const globals = [...(incomingConfig.globals ?? []), StoriesIndex]
    if (!options.enabled) {
      return withSchemaHook({ ...incomingConfig, collections, globals, custom }, addViewClaimsTable)
    }

    const authAttempts = new AttemptBudget(options.authAttemptsPerMinute)
    // Behaviour layered onto the collections, one feature at a time (each returns a new config).
    const features: ((collection: CollectionConfig) => CollectionConfig)[] = [
      (collection) => withBeforeOperation(collection, validateQueryInput),
      (collection) =>
        collection.auth
          ? withBeforeOperation(collection, limitAuthAttempts(authAttempts, options.clientAddress))
          : collection,
      (collection) => withBeforeOperation(collection, clampPageSize(options.maxPageSize)),
      withMissingFilesAs404,
      withPremium,
      withTagCounts,
      withChangeFeed,
      withTagPage,
      withReview,
      (collection) =>
        withEngagement(collection, {
          viewWindowSeconds: options.viewWindowSeconds,
          clientAddress: options.clientAddress,
        }),
      // Last, so their hooks run first: every other hook sees the server's values and only
      // queries on readable fields.
      withServerOwnedFields,
      withReadableQueries,
      // Prepends its hook: a bulk operation lost to a deadlock fails before any other hook runs.
      withTransientFailures,
    ]

    const configured = withReviewConfig({
      ...incomingConfig,
      custom,
      admin: {
        ...incomingConfig.admin,
        user: options.users,
        // The default avatar is fetched from Gravatar; keep the admin self-contained.
        avatar: 'default',
      },
      collections: collections.map((collection) =>
        features.reduce((current, feature) => feature(current), collection),
      ),
      globals: globals.map(withGlobalChangeFeed),
      graphQL: withOperationLimits(incomingConfig.graphQL, collections),
      hooks: {
        ...incomingConfig.hooks,
        afterError: [
          ...(incomingConfig.hooks?.afterError ?? []),
          answerDataErrorsWith400,
          answerUnavailableDatabaseWith503,
          markTransientFailure,
        ],
      },
      upload: {
        ...incomingConfig.upload,
        limits: { ...incomingConfig.upload?.limits, fileSize: options.maxUploadBytes },
      },
    })
    return withSchemaHook(
      withConfinedServiceAccounts(
        withTransientFailureWatch(
          withPayloadCollectionAccess(
            withWebhooksConfig(withTagPageQuery(configured), options.webhooks),
          ),
        ),
      ),
      addViewClaimsTable,
    )
  }
