import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import {
  historyOf,
  mailsSince,
  outboxMark,
  review,
  signUp,
  stored,
  type Member,
} from '../helpers/review'

const { ctx, api } = useTestApp()

let editor: Member
let author: Member

beforeAll(async () => {
  editor = await signUp(ctx, api, 'editor')
  author = await signUp(ctx, api, 'author')
})

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString()

async function approvedArticle(title: string) {
  const doc = await createArticle(ctx.payload, {
    title,
    author: author.user.id,
    reviewStatus: 'approved',
  })
  return doc.id
}

/** Makes the queued job for `id` due now, as if its time had come. */
async function makeDue(id: number) {
  await ctx.sql(
    `UPDATE payload_jobs SET wait_until = now() - interval '1 second'
     WHERE task_slug = 'reviewPublish' AND (input->>'document')::int = $1`,
    [id],
  )
}

/** Jobs still stored for `id`; Payload deletes a job once it completed without error. */
const pendingJobs = (id: number) =>
  ctx.sql(`SELECT id FROM payload_jobs WHERE (input->>'document')::int = $1`, [id])

/** Runs the due jobs of `id` only: other tests' jobs in this file are theirs to run. */
async function runJobsOf(id: number): Promise<void> {
  const ids = (await pendingJobs(id)).map((row) => Number(row.id))
  if (ids.length > 0) await ctx.payload.jobs.run({ where: { id: { in: ids } } })
}

/**
 * Waits until the clock has passed `time`: one timer for the time left, and another only if that
 * fired early (timers count from the event loop's cached time, which can lag a millisecond).
 */
async function untilPast(time: Date): Promise<void> {
  while (Date.now() <= time.getTime()) {
    await new Promise((resolve) => setTimeout(resolve, time.getTime() - Date.now() + 1))
  }
}

const isPublic = async (id: number) =>
  (await api.get(`/api/community-articles/${id}`)).status === 200

describe('scheduled publish', () => {
  it('publishes at publishAt through the workflow: history row, email, live for readers', async () => {
    const id = await approvedArticle('Scheduled piece')
    const publishAt = inAnHour()
    let mark = outboxMark()
    const scheduled = await review(api, editor.token, 'community-articles', id, {
      action: 'publish',
      publishAt,
    })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body).toMatchObject({
      scheduled: true,
      reviewStatus: 'approved',
      published: false,
      publishAt,
    })
    expect(mailsSince(mark, author.email).map((mail) => mail.subject)).toEqual([
      `"Scheduled piece" will be published on ${publishAt}`,
    ])
    expect(await isPublic(id)).toBe(false)

    await runJobsOf(id)
    expect(await isPublic(id)).toBe(false)
    expect(await pendingJobs(id)).toHaveLength(1)

    await makeDue(id)
    mark = outboxMark()
    await runJobsOf(id)
    expect(await isPublic(id)).toBe(true)
    const db = await stored(ctx, 'community-articles', id)
    expect(db.main).toMatchObject({ status: 'published', review_status: 'published' })
    expect(
      (await historyOf(ctx, 'community-articles', id)).map((e) => [e.action, e.to, e.by_id]),
    ).toEqual([
      ['publish', 'approved', editor.user.id],
      ['publish', 'published', editor.user.id],
    ])
    expect(mailsSince(mark, author.email).map((mail) => mail.subject)).toEqual([
      '"Scheduled piece" is published',
    ])
    expect(await pendingJobs(id)).toEqual([])
  })

  it('runs on a real clock too: a publishAt a second ahead is not due before it, and is after', async () => {
    const id = await approvedArticle('Soon')
    const publishAt = new Date(Date.now() + 1000)
    const scheduled = await review(api, editor.token, 'community-articles', id, {
      action: 'publish',
      publishAt: publishAt.toISOString(),
    })
    expect(scheduled.body).toMatchObject({ scheduled: true, published: false })

    // Its job is stored due at publishAt by the real clock, not earlier (a time zone slip would).
    await runJobsOf(id)
    expect(await isPublic(id)).toBe(false)
    expect(await pendingJobs(id)).toHaveLength(1)

    await untilPast(publishAt)
    await runJobsOf(id)
    expect(await isPublic(id)).toBe(true)
    expect(await pendingJobs(id)).toEqual([])
  })

  it('does nothing when the schedule was replaced by an immediate publish', async () => {
    const id = await approvedArticle('Changed plans')
    await review(api, editor.token, 'community-articles', id, {
      action: 'publish',
      publishAt: inAnHour(),
    })
    const now = await review(api, editor.token, 'community-articles', id, { action: 'publish' })
    expect(now.body).toMatchObject({ to: 'published', publishAt: null })
    const before = await stored(ctx, 'community-articles', id)
    await makeDue(id)
    const mark = outboxMark()
    await runJobsOf(id)
    expect(await pendingJobs(id)).toEqual([])
    expect(await stored(ctx, 'community-articles', id)).toEqual(before)
    expect(mailsSince(mark)).toEqual([])
  })

  it('refuses a schedule the table does not allow, and queues nothing', async () => {
    const doc = await createArticle(ctx.payload, {
      author: author.user.id,
      reviewStatus: 'in-review',
    })
    const response = await review(api, editor.token, 'community-articles', doc.id, {
      action: 'publish',
      publishAt: inAnHour(),
    })
    expect(response.status).toBe(409)
    expect(await pendingJobs(doc.id)).toEqual([])
  })
})
