import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/registry'

/** The job that publishes a document at its `publishAt`, as the editor who scheduled it. */
export const reviewPublishTaskSlug = 'reviewPublish'

/** Input of the scheduled-publish job. */
export interface ReviewPublishInput {
  collection: ContentCollection
  document: number
  /** The scheduling editor, who the publish runs as (their rights are checked again then). */
  user: number
  /** ISO time; if the document's `publishAt` no longer matches, the schedule was replaced. */
  publishAt: string
}

/** Queues the publish in the request's transaction, so it exists only if the action commits. */
export async function queueScheduledPublish(req: PayloadRequest, input: ReviewPublishInput) {
  await req.payload.jobs.queue({
    task: reviewPublishTaskSlug,
    input,
    waitUntil: new Date(input.publishAt),
    req,
  })
}
