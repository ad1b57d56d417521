import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { createBundle, createLesson, createStory } from '../helpers/content'
import { storedCounters, versionRows } from '../helpers/engagement'
import { apiClient, type ApiClient } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'

let ctx: TestPayload
// Behind a trusted proxy (X-Forwarded-For names the client), and directly exposed.
let proxied: TestServer
let direct: TestServer
let api: ApiClient
let directApi: ApiClient

beforeAll(async () => {
  ctx = await startTestPayload()
  proxied = await startTestServer(ctx.config, { trustProxy: 'loopback' })
  direct = await startTestServer(ctx.config)
  api = apiClient(proxied.url)
  directApi = apiClient(direct.url)
})

afterAll(async () => {
  await proxied?.close()
  await direct?.close()
  await ctx?.close()
})

interface ViewBody {
  counted: boolean
  views: number
}

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } })
const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`

describe('views', () => {
  it('counts 500 concurrent views from 500 clients exactly, without versions or updatedAt', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const before = await storedCounters(ctx, 'stories', story.id)
    const versionsBefore = await versionRows(ctx)

    const responses = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        api.post<ViewBody>(`/api/stories/${story.id}/view`, from(address(i + 1))),
      ),
    )

    expect(responses.every((r) => r.status === 200 && r.body.counted)).toBe(true)
    const after = await storedCounters(ctx, 'stories', story.id)
    expect(after.views).toBe(before.views + 500)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await versionRows(ctx)).toBe(versionsBefore)
  })

  it('counts one view per client and document per window; repeats answer counted: false', async () => {
    const lesson = await createLesson(ctx.payload, {}, { publish: true })
    const other = await createLesson(ctx.payload, {}, { publish: true })
    const path = `/api/lessons/${lesson.id}/view`

    const repeats = await Promise.all(
      Array.from({ length: 20 }, () => api.post<ViewBody>(path, from('192.0.2.7'))),
    )
    expect(repeats.every((r) => r.status === 200)).toBe(true)
    expect(repeats.filter((r) => r.body.counted)).toHaveLength(1)
    expect((await storedCounters(ctx, 'lessons', lesson.id)).views).toBe(1)

    const elsewhere = await api.post<ViewBody>(`/api/lessons/${other.id}/view`, from('192.0.2.7'))
    expect(elsewhere.body).toEqual({ counted: true, views: 1 })
    const someoneElse = await api.post<ViewBody>(path, from('192.0.2.8'))
    expect(someoneElse.body).toEqual({ counted: true, views: 2 })
    expect((await storedCounters(ctx, 'lessons', lesson.id)).views).toBe(2)
  })

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    // The host's rate limiter warns about the untrusted header; expected here.
    const warnings = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const bundle = await createBundle(ctx.payload, {}, { publish: true })
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        directApi.post<ViewBody>(`/api/question-bundles/${bundle.id}/view`, from(address(i + 1))),
      ),
    )
    expect(responses.filter((r) => r.body.counted)).toHaveLength(1)
    const spoofed = await directApi.post<ViewBody>(`/api/question-bundles/${bundle.id}/view`, {
      headers: { 'x-casebook-client-address': '203.0.113.9' },
    })
    expect(spoofed.body.counted).toBe(false)
    expect((await storedCounters(ctx, 'question-bundles', bundle.id)).views).toBe(1)
    warnings.mockRestore()
  })

  it('answers 404 for unknown and unpublished documents and counts nothing', async () => {
    const draft = await createStory(ctx.payload)
    const client = from('198.51.100.1')
    expect((await api.post(`/api/stories/${draft.id}/view`, client)).status).toBe(404)
    expect((await api.post('/api/stories/999999/view', client)).status).toBe(404)
    expect((await api.post('/api/stories/1.5/view', client)).status).toBe(404)
    expect((await api.post('/api/nope/1/view', client)).status).toBe(404)
    expect((await storedCounters(ctx, 'stories', draft.id)).views).toBe(0)

    // A refused view does not use up the client's window for the document.
    await ctx.payload.update({
      collection: 'stories',
      id: draft.id,
      data: { _status: 'published' },
    })
    const counted = await api.post<ViewBody>(`/api/stories/${draft.id}/view`, client)
    expect(counted.body).toEqual({ counted: true, views: 1 })
  })

  it('keeps claims in the database: one row per client and document, counted again once expired', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const client = from('198.51.100.20')
    const item = `stories:${story.id}`
    expect((await api.post<ViewBody>(`/api/stories/${story.id}/view`, client)).body).toEqual({
      counted: true,
      views: 1,
    })
    const claims = () =>
      ctx.sql<{ client: string; expires_in: number }>(
        `SELECT client, extract(epoch FROM expires_at - now())::int AS expires_in
         FROM view_claims WHERE item = $1`,
        [item],
      )
    const [claim] = await claims()
    expect(claim.client).toBe('198.51.100.20')
    expect(claim.expires_in).toBeGreaterThan(1700)
    expect(claim.expires_in).toBeLessThanOrEqual(1800)
    // The window ends: the next view from that client counts again and renews the claim.
    await ctx.sql(
      `UPDATE view_claims SET expires_at = now() - interval '1 second' WHERE item = $1`,
      [item],
    )
    expect((await api.post<ViewBody>(`/api/stories/${story.id}/view`, client)).body).toEqual({
      counted: true,
      views: 2,
    })
    expect(await claims()).toHaveLength(1)
    // Unknown documents leave no claim behind.
    await api.post('/api/stories/999998/view', client)
    expect(await ctx.sql(`SELECT 1 FROM view_claims WHERE item = 'stories:999998'`)).toHaveLength(0)
  })

  it('sweeps expired claims of other pairs as views come in', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    await ctx.sql(
      `INSERT INTO view_claims (client, item, expires_at)
       SELECT 'gone-' || n, 'stories:1', now() - interval '1 minute' FROM generate_series(1, 30) n`,
    )
    await api.post(`/api/stories/${story.id}/view`, from('198.51.100.21'))
    const [left] = await ctx.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM view_claims WHERE client LIKE 'gone-%'`,
    )
    expect(left.n).toBe(10)
  })
})
