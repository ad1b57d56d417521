import { APIError, createLocalReq, type TaskConfig } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import { isContentCollection } from '../content/registry'
import { reviewPublishTaskSlug, type ReviewPublishInput } from './schedule'
import { performReviewAction, ScheduleSuperseded } from './service'

interface ReviewPublishOutput {
  outcome: string
}

/**
 * Publishes a document at its scheduled time by re-running the `publish` action as the editor
 * who scheduled it, through the same service (history row, email, one transaction). A schedule
 * that was replaced, or an action the workflow no longer allows, ends the job without publishing.
 */
export const reviewPublishTask: TaskConfig<{
  input: ReviewPublishInput
  output: ReviewPublishOutput
}> = {
  slug: reviewPublishTaskSlug,
  label: 'Publish a reviewed document on schedule',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'document', type: 'number', required: true },
    { name: 'user', type: 'number', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: 2,
  handler: async ({ input, req: jobReq }) => {
    const { payload } = jobReq
    const { collection, document, user: userId, publishAt } = input
    if (!isContentCollection(collection)) return { output: { outcome: 'unknown collection' } }
    const { users } = casebookOptionsOf(payload.config)
    const user = await payload.findByID({
      collection: users as 'users',
      id: userId,
      depth: 0,
      disableErrors: true,
    })
    if (!user) return { output: { outcome: 'scheduling user no longer exists' } }
    const req = await createLocalReq(
      { user: { ...user, collection: users } as typeof user },
      payload,
    )
    try {
      await performReviewAction(req, {
        collection,
        id: document,
        action: 'publish',
        note: 'Published as scheduled.',
        publishAt: null,
        scheduledFor: new Date(publishAt),
      })
      return { output: { outcome: 'published' } }
    } catch (error) {
      if (!(error instanceof ScheduleSuperseded) && !(error instanceof APIError)) throw error
      payload.logger.warn(
        `scheduled publish of ${collection}:${document} skipped: ${error.message}`,
      )
      return { output: { outcome: `skipped: ${error.message}` } }
    }
  },
}
