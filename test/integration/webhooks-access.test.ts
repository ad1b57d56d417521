import { beforeAll, describe, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { signUp, type Member } from '../helpers/review'

// This file runs without WEBHOOKS_ALLOW_PRIVATE_URLS: the production default.
const { ctx, api } = useTestApp()
let admin: Member
let others: Record<'editor' | 'author' | 'reader', Member>

beforeAll(async () => {
  const [a, editor, author, reader] = await Promise.all(
    (['admin', 'editor', 'author', 'reader'] as const).map((role) => signUp(ctx, api, role)),
  )
  admin = a
  others = { editor, author, reader }
})

const publicURL = 'https://93.184.215.14/hooks/casebook'
const gql = (token: string | undefined, query: string, variables?: Record<string, unknown>) =>
  api.post<{ data?: Record<string, unknown>; errors?: { extensions?: { statusCode?: number } }[] }>(
    '/api/graphql',
    { token, json: { query, variables } },
  )

describe('webhook URLs that reach internal addresses are refused', () => {
  it.each([
    'http://127.0.0.1:3000/hook',
    'http://localhost/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://10.0.0.8/hook',
    'http://192.168.1.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/hook',
    'http://0.0.0.0/hook',
    'ftp://93.184.215.14/hook',
    'http://user:password@93.184.215.14/hook',
  ])('%s: 400 on create, and on update', async (url) => {
    const created = await api.post('/api/webhooks', {
      token: admin.token,
      json: { url, events: ['published'] },
    })
    expect(created.status).toBe(400)
    const existing = await ctx.payload.create({
      collection: 'webhooks',
      data: { url: publicURL, events: ['published'] },
    })
    const updated = await api.patch(`/api/webhooks/${existing.id}`, {
      token: admin.token,
      json: { url },
    })
    expect(updated.status).toBe(400)
  })
})

describe('the secret is write-only', () => {
  it('a generated secret is returned once, by the create response, and by nothing after', async () => {
    const created = await api.post<{ doc: { id: number; secret?: string } }>('/api/webhooks', {
      token: admin.token,
      json: { url: publicURL, events: ['published'] },
    })
    expect(created.status).toBe(201)
    const secret = created.body.doc.secret as string
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/)
    const id = created.body.doc.id
    const [row] = await ctx.sql<{ secret: string }>('SELECT secret FROM webhooks WHERE id = $1', [
      id,
    ])
    expect(row.secret).toBe(secret)

    const responses = [
      await api.get(`/api/webhooks/${id}`, { token: admin.token }),
      await api.get('/api/webhooks?limit=100', { token: admin.token }),
      await api.get(`/api/webhooks/${id}?select[secret]=true`, { token: admin.token }),
      await api.patch(`/api/webhooks/${id}`, { token: admin.token, json: { active: false } }),
      await api.patch(`/api/webhooks?where[id][equals]=${id}`, {
        token: admin.token,
        json: { active: true },
      }),
      await api.post(`/api/webhooks/${id}/duplicate`, { token: admin.token, json: {} }),
      await api.get(`/api/webhooks/versions`, { token: admin.token }),
      await gql(admin.token, `{ Webhook(id: ${id}) { id url secret } }`),
      await gql(admin.token, '{ Webhooks(limit: 100) { docs { id secret } } }'),
      await gql(
        admin.token,
        `mutation { updateWebhook(id: ${id}, data: { active: true }) { secret } }`,
      ),
    ]
    for (const response of responses) expect(response.text).not.toContain(secret)
    expect(responses[0].status).toBe(200)
    expect((responses[0].body as Record<string, unknown>).secret).toBeUndefined()
    expect(responses[7].body).toMatchObject({ data: { Webhook: { id, secret: null } } })
    // Filtering on it would be an oracle.
    const probe = await api.get(`/api/webhooks?where[secret][like]=whsec`, { token: admin.token })
    expect(probe.status).toBe(400)
  })

  it('a secret the admin sets is stored and never echoed, over REST or GraphQL', async () => {
    const secret = 'my-own-secret-0123456789'
    const created = await api.post<{ doc: { id: number } }>('/api/webhooks', {
      token: admin.token,
      json: { url: publicURL, events: ['deleted'], secret },
    })
    expect(created.status).toBe(201)
    expect(created.text).not.toContain(secret)
    const viaGraphQL = await gql(
      admin.token,
      `mutation { createWebhook(data: { url: "${publicURL}", events: published, secret: "${secret}-2" }) { id secret } }`,
    )
    expect(viaGraphQL.text).not.toContain(secret)
    expect(viaGraphQL.body.errors).toBeUndefined()
    const rotated = await api.patch(`/api/webhooks/${created.body.doc.id}`, {
      token: admin.token,
      json: { secret: `${secret}-rotated` },
    })
    expect(rotated.status).toBe(200)
    expect(rotated.text).not.toContain(secret)
  })
})

describe('admins only', () => {
  it('nobody else reads, lists, creates, updates or deletes webhooks, REST or GraphQL', async () => {
    const hook = await ctx.payload.create({
      collection: 'webhooks',
      data: { url: publicURL, events: ['published'] },
    })
    for (const token of [undefined, ...Object.values(others).map((member) => member.token)]) {
      expect((await api.get('/api/webhooks', { token })).status).toBe(403)
      expect((await api.get(`/api/webhooks/${hook.id}`, { token })).status).toBe(403)
      expect(
        (await api.post('/api/webhooks', { token, json: { url: publicURL, events: ['deleted'] } }))
          .status,
      ).toBe(403)
      expect(
        (await api.patch(`/api/webhooks/${hook.id}`, { token, json: { active: false } })).status,
      ).toBe(403)
      expect((await api.delete(`/api/webhooks/${hook.id}`, { token })).status).toBe(403)
      expect((await api.get('/api/webhook-deliveries', { token })).status).toBe(403)
      const read = await gql(token, `{ Webhook(id: ${hook.id}) { id url } }`)
      expect(read.body.errors?.[0]?.extensions?.statusCode).toBe(403)
      const list = await gql(token, '{ WebhookDeliveries { docs { id } } }')
      expect(list.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    }
    const [row] = await ctx.sql<{ active: boolean }>('SELECT active FROM webhooks WHERE id = $1', [
      hook.id,
    ])
    expect(row.active).toBe(true)
  })

  it('the delivery log is read-only, for admins too', async () => {
    expect((await api.get('/api/webhook-deliveries', { token: admin.token })).status).toBe(200)
    const forged = await api.post('/api/webhook-deliveries', {
      token: admin.token,
      json: { eventId: 'x', type: 'test', attempt: 1, outcome: 'delivered', durationMs: 1 },
    })
    expect(forged.status).toBe(403)
  })
})
