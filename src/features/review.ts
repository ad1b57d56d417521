import type { BaseFilter, CollectionConfig, Config, PayloadRequest, Where } from 'payload'

import { guardVersionRestore } from '../../hooks/guardVersionRestore'
import { letStaffPassAuthorsLocks } from '../../hooks/letStaffPassAuthorsLocks'
import { lockDocumentsInReview } from '../../hooks/lockDocumentsInReview'
import { mirrorReviewStatus } from '../../hooks/mirrorReviewStatus'
import { saveUserWritesAsDrafts } from '../../hooks/saveUserWritesAsDrafts'
import { reviewMutations } from '../endpoints/graphql/review'
import { reviewEndpoints } from '../endpoints/review'
import { isAuthored, isContentCollection } from '../content/registry'
import { reviewPublishTask } from '../review/publishTask'
import { principalOf } from '../access/principal'
import { hasRole, isStaffUser } from '../access/roles'

const component = (name: string) => `/components/${name}#${name}`

/**
 * The review workflow on a content collection: the review endpoints, the hooks that keep
 * publishing inside the workflow, and the admin's action buttons in place of Payload's own
 * publish and unpublish controls, status ("Revert to published") and bulk publish/unpublish
 * (which would bypass it). Authors' list views show their own documents only; every list can be
 * filtered by review state. Other collections are returned as is.
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
        letStaffPassAuthorsLocks,
      ],
      // The lock refuses early; the mirror runs last, once `_status` is final.
      beforeChange: [lockDocumentsInReview, ...(hooks.beforeChange ?? []), mirrorReviewStatus],
    },
    admin: {
      ...collection.admin,
      baseFilter: isAuthored(slug)
        ? authorsOwnDocuments(collection.admin?.baseFilter)
        : collection.admin?.baseFilter,
      components: {
        ...components,
        beforeListTable: [...(components.beforeListTable ?? []), component('ReviewStatusFilter')],
        edit: {
          ...components.edit,
          PublishButton: component('ReviewActions'),
          UnpublishButton: component('NoControl'),
          Status: component('ReviewStatusPill'),
        },
        views: {
          ...components.views,
          // Without bulk "Publish"/"Unpublish" (Payload's `disableBulkEdit` would also refuse
          // bulk updates over the API, which stay allowed).
          list: { ...components.views?.list, Component: component('ReviewedListView') },
        },
      },
    },
  }
}

/**
 * An author's list view shows their own documents (what they submitted and what the editors
 * said), not everyone's published work; staff see every document they may read.
 */
function authorsOwnDocuments(previous: BaseFilter | undefined): BaseFilter {
  return async (args) => {
    const theirs = (await previous?.(args)) ?? null
    const user = principalOf(args.req)
    const ours: Where | null =
      user && !isStaffUser(user) && hasRole(user, 'author') ? { author: { equals: user.id } } : null
    if (!theirs) return ours
    return ours ? { and: [theirs, ours] } : theirs
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
        beforeNavLinks: [
          ...(config.admin?.components?.beforeNavLinks ?? []),
          component('ReviewQueueLink'),
        ],
        header: [...(config.admin?.components?.header ?? []), component('WorkflowGuardStyles')],
        settingsMenu: [
          ...(config.admin?.components?.settingsMenu ?? []),
          component('DeleteAccountButton'),
        ],
        views: {
          ...config.admin?.components?.views,
          dashboard: { Component: component('EditorialDashboard') },
          reviewQueue: { Component: component('ReviewQueueView'), path: '/review-queue' },
        },
      },
    },
  }
}
