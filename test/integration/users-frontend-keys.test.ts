import { beforeAll, describe, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { createArticle, createBundle, createStory } from '../helpers/content'
import {
  createFrontendAccount,
  createTestUser,
  type TestFrontend,
  type TestUser,
} from '../helpers/users'

const { ctx, api } = useTestApp()

let frontend: TestFrontend
let admin: TestUser
let editor: TestUser
let author: TestUser
let reader: TestUser
let tokens: Record<'admin' | 'editor' | 'author' | 'reader', string>

beforeAll(async () => {
  frontend = await createFrontendAccount(ctx.payload)
  admin = await createTestUser(ctx.payload, 'admin')
  editor = await createTestUser(ctx.payload, 'editor')
  author = await createTestUser(ctx.payload, 'author')
  reader = await createTestUser(ctx.payload, 'reader')
  tokens = {
    admin: await api.login(admin.email, admin.password),
    editor: await api.login(editor.email, editor.password),
    author: await api.login(author.email, author.password),
    reader: await api.login(reader.email, reader.password),
  }
})

const keyFields = ['enableAPIKey', 'apiKey', 'apiKeyIndex', 'hasAPIKey'] as const

/** What the database holds for an account's key, read past every access rule. */
async function storedKey(id: number) {
  const [row] = await ctx.sql<{ enable_a_p_i_key: boolean | null; api_key_index: string | null }>(
    'SELECT enable_a_p_i_key, api_key_index FROM users WHERE id = $1',
    [id],
  )
  return row
}

describe('a frontend API key reads what an anonymous visitor reads', () => {
  it('reads published content, with premium bodies gated, over REST', async () => {
    const free = await createStory(ctx.payload, { access: 'free' }, { publish: true })
    const premium = await createStory(ctx.payload, { access: 'premium' }, { publish: true })
    const open = await api.get<{ content: unknown }>(`/api/stories/${free.id}`, frontend)
    expect(open.status).toBe(200)
    expect(open.body.content).not.toBeNull()
    const gated = await api.get<{ content: unknown; locked: boolean }>(
      `/api/stories/${premium.id}`,
      frontend,
    )
    expect(gated.status).toBe(200)
    expect(gated.body).toMatchObject({ content: null, locked: true })
    const bundle = await createBundle(
      ctx.payload,
      { access: 'premium', author: author.user.id },
      { publish: true },
    )
    const questions = await api.get<{ questions: { solution?: unknown }[] }>(
      `/api/question-bundles/${bundle.id}`,
      frontend,
    )
    expect(questions.body.questions.map((question) => question.solution ?? null)).toEqual([null])
  })

  it('sees no drafts and no versions', async () => {
    const draft = await createStory(ctx.payload, {}, { publish: false })
    const live = await createStory(ctx.payload, { summary: 'Live summary.' }, { publish: true })
    await ctx.payload.update({
      collection: 'stories',
      id: live.id,
      data: { summary: 'Unpublished edit.' },
      draft: true,
    })
    expect((await api.get(`/api/stories/${draft.id}`, frontend)).status).toBe(404)
    const latest = await api.get<{ summary: string }>(
      `/api/stories/${live.id}?draft=true`,
      frontend,
    )
    expect(latest.body.summary).toBe('Live summary.')
    const list = await api.get<{ docs: { id: number }[] }>('/api/stories?limit=100', frontend)
    expect(list.body.docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect((await api.get('/api/stories/versions', frontend)).status).toBe(403)
    const gql = await api.graphql<{ versionsStories: unknown }>(
      '{ versionsStories { docs { id } } }',
      undefined,
      frontend.token,
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  it("reads other users' public profiles only, over REST and GraphQL with aliases", async () => {
    const rest = await api.get<Record<string, unknown>>(`/api/users/${reader.user.id}`, frontend)
    expect(rest.status).toBe(200)
    expect(rest.body).toEqual((await api.get(`/api/users/${reader.user.id}`)).body)
    expect(rest.body).toMatchObject({ name: reader.user.name, handle: reader.user.handle })
    for (const field of ['email', 'role', 'subscription', ...keyFields]) {
      expect(rest.body).not.toHaveProperty(field)
    }
    const gql = await api.graphql<Record<string, Record<string, unknown> | null>>(
      `{ a: User(id: ${reader.user.id}) { name email role }
         b: User(id: ${admin.user.id}) { email enableAPIKey apiKey apiKeyIndex hasAPIKey }
         c: Users(limit: 100) { docs { email role apiKey enableAPIKey } } }`,
      undefined,
      frontend.token,
    )
    expect(gql.body.data?.a).toEqual({ name: reader.user.name, email: null, role: null })
    expect(gql.body.data?.b).toEqual({
      email: null,
      enableAPIKey: null,
      apiKey: null,
      apiKeyIndex: null,
      hasAPIKey: null,
    })
    const docs = (gql.body.data?.c as { docs: Record<string, unknown>[] }).docs
    const others = docs.filter((doc) => doc.email !== frontend.email)
    expect(others.length).toBeGreaterThan(3)
    expect(others.every((doc) => doc.email === null && doc.apiKey === null)).toBe(true)
  })

  it('writes nothing over REST: content, engagement, review, accounts', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const attempts = [
      api.post('/api/stories', { ...frontend, json: { title: 'x', summary: 'y' } }),
      api.patch(`/api/stories/${story.id}`, { ...frontend, json: { summary: 'changed' } }),
      api.patch('/api/stories?where[id][equals]=' + story.id, {
        ...frontend,
        json: { summary: 'changed' },
      }),
      api.delete(`/api/stories/${story.id}`, frontend),
      api.post(`/api/stories/${story.id}/like`, { ...frontend, json: {} }),
      api.post(`/api/stories/${story.id}/view`, { ...frontend, json: {} }),
      api.post(`/api/stories/${story.id}/review`, { ...frontend, json: { action: 'unpublish' } }),
      api.post('/api/ratings', {
        ...frontend,
        json: { item: { relationTo: 'community-articles', value: article.id }, score: 5 },
      }),
      api.patch(`/api/users/${frontend.user.id}`, { ...frontend, json: { name: 'Renamed' } }),
      api.post('/api/users', {
        ...frontend,
        json: { email: 'new@example.test', password: 'long-password-1', name: 'N', handle: 'nnn' },
      }),
      api.post('/api/payload-preferences', { ...frontend, json: { key: 'k', value: 1 } }),
    ]
    const statuses = (await Promise.all(attempts)).map((response) => response.status)
    expect(statuses.every((status) => status === 403)).toBe(true)
    const stored = await ctx.payload.findByID({ collection: 'stories', id: story.id })
    expect(stored).toMatchObject({ summary: story.summary, views: 0, likes: 0 })
    const account = await ctx.payload.findByID({ collection: 'users', id: frontend.user.id })
    expect(account.name).toBe(frontend.user.name)
  })

  it('writes nothing over GraphQL, aliases included', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const gql = await api.graphql(
      `mutation {
         a: updateStory(id: ${story.id}, data: { summary: "changed" }) { id }
         b: deleteStory(id: ${story.id}) { id }
         c: createStory(data: { title: "x", summary: "y", slug: "x-${story.id}", access: free, reviewStatus: draft }) { id }
         d: updateUser(id: ${frontend.user.id}, data: { name: "Renamed", subscription: { tier: free } }) { id }
       }`,
      undefined,
      frontend.token,
    )
    const codes = (gql.body.errors ?? []).map((error) => error.extensions?.statusCode)
    expect(codes).toEqual([403, 403, 403, 403])
    const stored = await ctx.payload.findByID({ collection: 'stories', id: story.id })
    expect(stored.summary).toBe(story.summary)
  })

  it('has no admin access', async () => {
    const access = await api.get<{ canAccessAdmin?: boolean }>('/api/access', frontend)
    expect(access.body.canAccessAdmin ?? false).toBe(false)
    // Positive control: an author does reach the admin.
    const authors = await api.get<{ canAccessAdmin?: boolean }>('/api/access', {
      token: tokens.author,
    })
    expect(authors.body.canAccessAdmin).toBe(true)
  })
})

describe('API key fields: admins only', () => {
  it('an admin creates a frontend account with a key, sees that it has one and reveals it', async () => {
    const apiKey = 'a'.repeat(16) + Date.now().toString(16)
    const created = await api.post<{ doc: { id: number } & Record<string, unknown> }>(
      '/api/users',
      {
        token: tokens.admin,
        json: {
          email: `site-${Date.now()}@example.test`,
          password: 'long-password-1',
          name: 'Next.js site',
          handle: `site${Date.now().toString(36)}`,
          role: 'frontend',
          enableAPIKey: true,
          apiKey,
        },
      },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await storedKey(id)).enable_a_p_i_key).toBe(true)
    const read = await api.get<Record<string, unknown>>(`/api/users/${id}`, {
      token: tokens.admin,
    })
    expect(read.body).toMatchObject({ role: 'frontend', enableAPIKey: true, hasAPIKey: true })
    expect(read.body).not.toHaveProperty('apiKey')
    expect(read.body).not.toHaveProperty('apiKeyIndex')
    const revealed = await api.post<{ apiKey: string }>(`/api/users/${id}/api-key/reveal`, {
      token: tokens.admin,
      json: {},
    })
    expect(revealed.body.apiKey).toBe(apiKey)
    const me = await api.get<{ user: { id: number } | null }>('/api/users/me', {
      token: `users API-Key ${apiKey}`,
    })
    expect(me.body.user?.id).toBe(id)
  })

  it('nobody else creates a frontend account or gives an account that role', async () => {
    const signUp = await api.post('/api/users', {
      json: {
        email: `fake-site-${Date.now()}@example.test`,
        password: 'long-password-1',
        name: 'Fake site',
        handle: `fake${Date.now().toString(36)}`,
        role: 'frontend',
      },
    })
    expect(signUp.status).toBe(400)
    const target = await createTestUser(ctx.payload, 'reader')
    const promote = await api.patch(`/api/users/${target.user.id}`, {
      token: tokens.editor,
      json: { role: 'frontend' },
    })
    expect(promote.status).toBe(403)
    const own = await api.patch(`/api/users/${editor.user.id}`, {
      token: tokens.editor,
      json: { role: 'frontend' },
    })
    expect(own.status).toBe(403)
    const stored = await ctx.payload.findByID({ collection: 'users', id: target.user.id })
    expect(stored.role).toBe('reader')
  })

  it('editors neither read nor change a frontend account', async () => {
    const read = await api.get<Record<string, unknown>>(`/api/users/${frontend.user.id}`, {
      token: tokens.editor,
    })
    expect(read.status).toBe(200)
    for (const field of ['email', 'role', ...keyFields]) expect(read.body).not.toHaveProperty(field)
    const rename = await api.patch(`/api/users/${frontend.user.id}`, {
      token: tokens.editor,
      json: { name: 'Taken over' },
    })
    expect([403, 404]).toContain(rename.status)
    const account = await ctx.payload.findByID({ collection: 'users', id: frontend.user.id })
    expect(account.name).toBe(frontend.user.name)
  })

  it('no one but an admin sets, enables, regenerates or reveals a key, their own included', async () => {
    for (const actor of ['editor', 'author', 'reader'] as const) {
      const self = { editor, author, reader }[actor].user.id
      for (const id of [self, reader.user.id]) {
        await api.patch(`/api/users/${id}`, {
          token: tokens[actor],
          json: { enableAPIKey: true, apiKey: `stolen-${actor}-${id}-key-0123456789` },
        })
        expect(await storedKey(id)).toEqual({ enable_a_p_i_key: null, api_key_index: null })
      }
      const gql = await api.graphql(
        `mutation { a: updateUser(id: ${self}, data: { enableAPIKey: true, apiKey: "gql-${actor}-key-0123456789" }) { id enableAPIKey hasAPIKey } }`,
        undefined,
        tokens[actor],
      )
      expect(JSON.stringify(gql.body.data ?? null)).not.toMatch(/true/)
      expect(await storedKey(self)).toEqual({ enable_a_p_i_key: null, api_key_index: null })
    }
    const before = await storedKey(frontend.user.id)
    const regenerate = await api.patch(`/api/users/${frontend.user.id}`, {
      token: tokens.editor,
      json: { apiKey: 'editor-chosen-key-0123456789' },
    })
    expect([403, 404]).toContain(regenerate.status)
    expect(await storedKey(frontend.user.id)).toEqual(before)
    for (const actor of ['editor', 'author', 'reader'] as const) {
      const reveal = await api.post(`/api/users/${frontend.user.id}/api-key/reveal`, {
        token: tokens[actor],
        json: {},
      })
      expect(reveal.status).toBe(403)
    }
    const frontendReveal = await api.post(`/api/users/${frontend.user.id}/api-key/reveal`, {
      ...frontend,
      json: {},
    })
    expect(frontendReveal.status).toBe(403)
  })

  it('nobody but an admin reads key fields or filters and sorts on them', async () => {
    const keyed = await createFrontendAccount(ctx.payload)
    for (const actor of ['editor', 'author', 'reader'] as const) {
      const own = await api.get<Record<string, unknown>>(`/api/users/me`, { token: tokens[actor] })
      for (const field of keyFields) expect(own.body).not.toHaveProperty(`user.${field}`)
      const gql = await api.graphql<{ User: Record<string, unknown> | null }>(
        `{ User(id: ${keyed.user.id}) { enableAPIKey apiKey apiKeyIndex hasAPIKey } }`,
        undefined,
        tokens[actor],
      )
      expect(Object.values(gql.body.data?.User ?? {}).every((value) => value === null)).toBe(true)
      for (const query of [
        'where[apiKey][exists]=true',
        'where[enableAPIKey][equals]=true',
        'where[apiKeyIndex][exists]=true',
        'where[hasAPIKey][equals]=true',
        'sort=apiKey',
        'sort=enableAPIKey',
      ]) {
        const response = await api.get<{ docs?: unknown[] }>(`/api/users?${query}`, {
          token: tokens[actor],
        })
        expect({ actor, query, refused: [400, 403].includes(response.status) }).toEqual({
          actor,
          query,
          refused: true,
        })
      }
    }
  })
})
