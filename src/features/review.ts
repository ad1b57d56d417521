import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { guardVersionRestore } from '../../hooks/guardVersionRestore'
import { lockDocumentsInReview } from '../../hooks/lockDocumentsInReview'
import { mirrorReviewStatus } from '../../hooks/mirrorReviewStatus'
import { saveUserWritesAsDrafts } from '../../hooks/saveUserWritesAsDrafts'
import { reviewMutations } from '../endpoints/graphql/review'
import { reviewEndpoints } from '../endpoints/review'
import { isContentCollection } from '../content/registry'
import { reviewPublishTask } from '../review/publishTask'
import { principalOf } from '../access/principal'
import { hasRole } from '../access/roles'

const component = (name: string) => `/components/${name}#${name}`

/**
 * The review workflow on a content collection: the review endpoints, the hooks that keep
 * publishing inside the workflow, and the admin's action buttons in place of Payload's own
 * publish and unpublish controls (which would bypass it). Other collections are returned as is.
 */
export function withReview(collection: CollectionConfig): CollectionConfig {
  const { slug } = collection
  if (!isContentCollection(slug)) return collection
  const hooks = collection.hooks ?? {}
  const components = collection.admin?.components ?? {}
  return {
    ...collection,
    endpoints: [...(collection.endpoints || []), ...reviewEndpoints(slug)],
    hooks: {
      ...hooks,
      beforeOperation: [
        ...(hooks.beforeOperation ?? []),
        saveUserWritesAsDrafts,
        guardVersionRestore,
      ],
      // The lock refuses early; the mirror runs last, once `_status` is final.
      beforeChange: [lockDocumentsInReview, ...(hooks.beforeChange ?? []), mirrorReviewStatus],
    },
    admin: {
      ...collection.admin,
      components: {
        ...components,
        edit: {
          ...components.edit,
          PublishButton: component('ReviewActions'),
          UnpublishButton: component('NoControl'),
        },
      },
    },
  }
}

const adminOnlyJobs = ({ req }: { req: PayloadRequest }) => hasRole(principalOf(req), 'admin')

/** Due jobs are picked up within 10 seconds; each tick is one indexed query on the jobs table. */
const autoRunReviewJobs = { cron: '*/10 * * * * *', queue: 'default', limit: 20 }

/**
 * Config-level parts of the workflow: the scheduled-publish task (run by `jobs.autoRun` on an
 * instance started with `cron: true`), the `review` GraphQL mutation, and the review queue view
 * with its nav link.
 */
export function withReviewConfig(config: Config): Config {
  const jobs = config.jobs ?? {}
  const previousMutations = config.graphQL?.mutations
  const autoRun = jobs.autoRun
  return {
    ...config,
    jobs: {
      ...jobs,
      // Payload lets any signed-in user queue, run and cancel jobs (a queued publish task would
      // publish anything). The workflow queues from server code; over the API, admins only.
      access: {
        queue: adminOnlyJobs,
        run: adminOnlyJobs,
        cancel: adminOnlyJobs,
        ...jobs.access,
      },
      tasks: [...(jobs.tasks ?? []), reviewPublishTask],
      autoRun:
        typeof autoRun === 'function'
          ? async (payload) => [...(await autoRun(payload)), autoRunReviewJobs]
          : [...(autoRun ?? []), autoRunReviewJobs],
    },
    graphQL: {
      ...config.graphQL,
      mutations: (graphQL, info) => ({
        ...previousMutations?.(graphQL, info),
        ...reviewMutations(graphQL),
      }),
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          component('ReviewQueueLink'),
        ],
        views: {
          ...config.admin?.components?.views,
          reviewQueue: { Component: component('ReviewQueueView'), path: '/review-queue' },
        },
      },
    },
  }
}
