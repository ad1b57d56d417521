import { randomBytes } from 'node:crypto'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionAfterChangeHook } from 'payload'

import { createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { review, signUp, type Member } from '../helpers/review'
import {
  deliveriesOf,
  pendingDeliveryJobs,
  runDeliveries,
  startReceiver,
  verifySignature,
} from '../helpers/webhooks'

// Read by payload.config.ts when the fixture loads it: the receiver is on 127.0.0.1, retries
// wait a minute (the test runs them by id, and checks the wait), an attempt times out after 1 s.
process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = 'true'
// The tests run each delivery job themselves; the queue's own runner would race them.
process.env.WEBHOOK_RUN_CRON = '0 0 0 1 1 *'
process.env.WEBHOOK_RETRY_DELAY_MS = '60000'
process.env.WEBHOOK_TIMEOUT_MS = '1000'
process.env.WEBHOOK_MAX_ATTEMPTS = '5'

const { ctx, api } = useTestApp()
let receiver: Awaited<ReturnType<typeof startReceiver>>
let editor: Member
let admin: Member

beforeAll(async () => {
  receiver = await startReceiver()
  ;[editor, admin] = await Promise.all([signUp(ctx, api, 'editor'), signUp(ctx, api, 'admin')])
})
afterAll(async () => receiver.close())
// Each test hears only its own webhooks.
afterEach(async () => {
  await ctx.payload.update({ collection: 'webhooks', where: {}, data: { active: false } })
})

const secret = () => `test-secret-${randomBytes(8).toString('hex')}`

interface HookSpec {
  path: string
  events?: ('published' | 'unpublished' | 'published-updated' | 'deleted')[]
  collections?: ('stories' | 'lessons' | 'community-articles' | 'question-bundles')[]
  active?: boolean
}

/** A webhook created by the admin over REST, with its secret. */
async function webhook(spec: HookSpec) {
  const key = secret()
  const created = await api.post<{ doc: { id: number } }>('/api/webhooks', {
    token: admin.token,
    json: {
      url: `${receiver.url}${spec.path}`,
      events: spec.events ?? ['published', 'unpublished', 'published-updated', 'deleted'],
      collections: spec.collections ?? [],
      active: spec.active ?? true,
      secret: key,
    },
  })
  expect(created.status).toBe(201)
  return { id: created.body.doc.id, secret: key, path: spec.path }
}

const unique = () => randomBytes(4).toString('hex')

async function publishedStory() {
  const tag = await createTag(ctx.payload)
  const story = await createStory(ctx.payload, { tags: [tag.id] })
  const published = await review(api, editor.token, 'stories', story.id, { action: 'publish' })
  expect(published.status).toBe(200)
  return { story, tag }
}

describe('each change is delivered once to each matching webhook, signed', () => {
  it('publish: the matching webhook gets one signed event; filters and inactive ones get none', async () => {
    const all = await webhook({ path: `/all/${unique()}` })
    const lessonsOnly = await webhook({ path: `/lessons/${unique()}`, collections: ['lessons'] })
    const unpublishOnly = await webhook({ path: `/unpub/${unique()}`, events: ['unpublished'] })
    const inactive = await webhook({ path: `/off/${unique()}`, active: false })
    const { story, tag } = await publishedStory()

    expect(await pendingDeliveryJobs(ctx, lessonsOnly.id)).toEqual([])
    expect(await pendingDeliveryJobs(ctx, unpublishOnly.id)).toEqual([])
    expect(await pendingDeliveryJobs(ctx, inactive.id)).toEqual([])
    expect(await runDeliveries(ctx, all.id)).toBe(1)

    const [delivery, ...more] = receiver.at(all.path)
    expect(more).toEqual([])
    expect(delivery.json).toMatchObject({
      type: 'published',
      collection: 'stories',
      doc: { id: story.id, slug: story.slug, title: story.title, tags: [tag.slug] },
    })
    expect(delivery.headers['x-casebook-event-id']).toBe(delivery.json.id)
    expect(
      verifySignature(all.secret, delivery.headers['x-casebook-signature'], delivery.body),
    ).toBe(true)
    expect(
      verifySignature('another secret', delivery.headers['x-casebook-signature'], delivery.body),
    ).toBe(false)
    expect(await deliveriesOf(ctx, all.id)).toMatchObject([
      { type: 'published', attempt: 1, outcome: 'delivered', status_code: 200 },
    ])
  })

  it('unpublish: one `unpublished` event', async () => {
    const { story } = await publishedStory()
    const hook = await webhook({ path: `/unpublish/${unique()}` })
    expect(
      (await review(api, editor.token, 'stories', story.id, { action: 'unpublish' })).status,
    ).toBe(200)
    expect(await runDeliveries(ctx, hook.id)).toBe(1)
    expect(receiver.at(hook.path).map(({ json }) => [json.type, json.doc.id])).toEqual([
      ['unpublished', story.id],
    ])
  })

  it('a draft save of a live story sends nothing; publishing that revision sends `published-updated`', async () => {
    const { story } = await publishedStory()
    const hook = await webhook({ path: `/revision/${unique()}` })
    const draft = await api.patch(`/api/stories/${story.id}?draft=true`, {
      token: editor.token,
      json: { title: 'A better title' },
    })
    expect(draft.status).toBe(200)
    expect(await pendingDeliveryJobs(ctx, hook.id)).toEqual([])

    expect(
      (await review(api, editor.token, 'stories', story.id, { action: 'publish' })).status,
    ).toBe(200)
    expect(await runDeliveries(ctx, hook.id)).toBe(1)
    const [delivery] = receiver.at(hook.path)
    expect(delivery.json).toMatchObject({
      type: 'published-updated',
      doc: { id: story.id, title: 'A better title' },
    })
    expect(
      verifySignature(hook.secret, delivery.headers['x-casebook-signature'], delivery.body),
    ).toBe(true)
  })

  it('delete: one `deleted` event for a live story, none for a draft', async () => {
    const { story } = await publishedStory()
    const draft = await createStory(ctx.payload)
    const hook = await webhook({ path: `/delete/${unique()}` })
    expect((await api.delete(`/api/stories/${draft.id}`, { token: editor.token })).status).toBe(200)
    expect((await api.delete(`/api/stories/${story.id}`, { token: editor.token })).status).toBe(200)
    expect(await runDeliveries(ctx, hook.id)).toBe(1)
    expect(receiver.at(hook.path).map(({ json }) => [json.type, json.doc.id])).toEqual([
      ['deleted', story.id],
    ])
  })
})

describe('retries', () => {
  /** Seconds from now until the job may run again. */
  const waitOf = async (job: number) => {
    const [row] = await ctx.sql<{ wait: number }>(
      `SELECT extract(epoch from wait_until - now())::float AS wait FROM payload_jobs WHERE id = $1`,
      [job],
    )
    return row.wait
  }

  it('a receiver failing twice gets the event on the third attempt, same id, after growing waits', async () => {
    const hook = await webhook({ path: `/fail/2/${unique()}` })
    await publishedStory()
    const [job] = await pendingDeliveryJobs(ctx, hook.id)
    await ctx.payload.jobs.runByID({ id: job })
    expect(await waitOf(job)).toBeGreaterThan(55) // 60 s
    // Not due: a normal run leaves it alone.
    await ctx.payload.jobs.run({ queue: 'webhooks', where: { id: { equals: job } } })
    expect(receiver.at(hook.path)).toHaveLength(1)
    await ctx.payload.jobs.runByID({ id: job })
    expect(await waitOf(job)).toBeGreaterThan(115) // 120 s
    await ctx.payload.jobs.runByID({ id: job })

    const attempts = receiver.at(hook.path)
    expect(attempts.map(({ headers }) => headers['x-casebook-delivery-attempt'])).toEqual([
      '1',
      '2',
      '3',
    ])
    expect(new Set(attempts.map(({ json }) => json.id)).size).toBe(1)
    expect(new Set(attempts.map(({ headers }) => headers['x-casebook-event-id'])).size).toBe(1)
    expect((await deliveriesOf(ctx, hook.id)).map((row) => [row.attempt, row.outcome])).toEqual([
      [1, 'retrying'],
      [2, 'retrying'],
      [3, 'delivered'],
    ])
    expect(await pendingDeliveryJobs(ctx, hook.id)).toEqual([])
  })

  it('after the last attempt the delivery is marked failed; timeouts count as failures', async () => {
    const failing = await webhook({ path: `/always-fail/${unique()}` })
    const hanging = await webhook({ path: `/hang/${unique()}` })
    await publishedStory()
    for (let run = 0; run < 5; run++) {
      await runDeliveries(ctx, failing.id)
    }
    expect((await deliveriesOf(ctx, failing.id)).map((row) => row.outcome)).toEqual([
      'retrying',
      'retrying',
      'retrying',
      'retrying',
      'failed',
    ])
    expect(await pendingDeliveryJobs(ctx, failing.id)).toEqual([])

    await runDeliveries(ctx, hanging.id)
    expect(await deliveriesOf(ctx, hanging.id)).toMatchObject([
      { attempt: 1, outcome: 'retrying', status_code: null, error: 'timed out after 1000 ms' },
    ])
  })
})

describe('nothing is sent for changes that did not happen', () => {
  class InjectedFault extends Error {}
  let armed = false
  const failWhenArmed: CollectionAfterChangeHook = ({ doc }) => {
    if (armed) throw new InjectedFault('injected fault after the publish wrote')
    return doc
  }
  const hooks = () => (ctx.payload.collections.stories.config.hooks.afterChange ??= [])
  beforeAll(() => void hooks().push(failWhenArmed))
  afterAll(() => void hooks().splice(hooks().indexOf(failWhenArmed), 1))

  it('a publish rolled back by a later hook queues no delivery (review endpoint and REST)', async () => {
    const hook = await webhook({ path: `/rollback/${unique()}` })
    const story = await createStory(ctx.payload)
    armed = true
    try {
      const viaReview = await review(api, editor.token, 'stories', story.id, { action: 'publish' })
      expect(viaReview.status).toBe(500)
      const viaREST = await api.patch(`/api/stories/${story.id}`, {
        token: editor.token,
        json: { _status: 'published', title: 'Never live' },
      })
      expect(viaREST.status).toBeGreaterThanOrEqual(400)
    } finally {
      armed = false
    }
    expect(await pendingDeliveryJobs(ctx, hook.id)).toEqual([])
    const [row] = await ctx.sql<{ status: string }>(
      'SELECT _status AS status FROM stories WHERE id = $1',
      [story.id],
    )
    expect(row.status).toBe('draft')
  })

  it('saving drafts queues nothing', async () => {
    const hook = await webhook({ path: `/drafts/${unique()}` })
    const story = await createStory(ctx.payload)
    const saved = await api.patch(`/api/stories/${story.id}?draft=true`, {
      token: editor.token,
      json: { title: 'Still a draft' },
    })
    expect(saved.status).toBe(200)
    expect(await pendingDeliveryJobs(ctx, hook.id)).toEqual([])
  })
})

describe('send test event', () => {
  it('delivers a signed `test` event now and reports the answer', async () => {
    const hook = await webhook({ path: `/test/${unique()}` })
    const sent = await api.post<{ delivered: boolean; statusCode: number; eventId: string }>(
      `/api/webhooks/${hook.id}/test`,
      { token: admin.token, json: {} },
    )
    expect(sent.status).toBe(200)
    expect(sent.body).toMatchObject({ delivered: true, statusCode: 200 })
    const [delivery] = receiver.at(hook.path)
    expect(delivery.json).toMatchObject({ id: sent.body.eventId, type: 'test', doc: null })
    expect(
      verifySignature(hook.secret, delivery.headers['x-casebook-signature'], delivery.body),
    ).toBe(true)
    expect(await deliveriesOf(ctx, hook.id)).toMatchObject([{ type: 'test', outcome: 'delivered' }])
  })

  it('does not follow redirects', async () => {
    const hook = await webhook({ path: `/redirect/${unique()}` })
    const sent = await api.post(`/api/webhooks/${hook.id}/test`, { token: admin.token, json: {} })
    expect(sent.body).toMatchObject({ delivered: false, statusCode: 302 })
    expect(receiver.at('/elsewhere')).toEqual([])
  })

  it('is for admins only, answers 404 for unknown or malformed ids', async () => {
    const hook = await webhook({ path: `/test-access/${unique()}` })
    const as = (token: string | undefined, id: string | number) =>
      api.post(`/api/webhooks/${id}/test`, { token, json: {} })
    expect((await as(editor.token, hook.id)).status).toBe(403)
    expect((await as(undefined, hook.id)).status).toBe(401)
    expect((await as(admin.token, 987654321)).status).toBe(404)
    expect((await as(admin.token, 'nope')).status).toBe(404)
    expect((await as(admin.token, '1e3')).status).toBe(404)
    expect(receiver.at(hook.path)).toEqual([])
  })
})
