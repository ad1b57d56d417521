import { beforeAll, describe, expect, it } from '@jest/globals'

import type { StoriesIndex } from '../../payload-types'
import { seed } from '../../src/seed'
import { seedStoriesIndex } from '../../src/seed/data/storiesIndex'
import { useTestApp } from '../helpers/fixture'
import { createFrontendAccount, createTestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

type Caller = 'anonymous' | 'reader' | 'author' | 'frontend' | 'editor' | 'admin'
const tokens: Partial<Record<Caller, string>> = {}

beforeAll(async () => {
  await seed(ctx.payload)
  for (const role of ['reader', 'author', 'editor', 'admin'] as const) {
    const account = await createTestUser(ctx.payload, role)
    tokens[role] = await api.login(account.email, account.password)
  }
  tokens.frontend = (await createFrontendAccount(ctx.payload)).token
})

const path = '/api/globals/stories-index'
const stored = () => ctx.payload.findGlobal({ slug: 'stories-index', depth: 0 })

// Payload's GraphQL input of a global marks its required fields non-null: send every text.
const updateMutation = `mutation ($data: mutationStoriesIndexInput!) {
  updateStoriesIndex(data: $data) { heading tagline }
}`

describe('the stories index texts (global stories-index)', () => {
  it('are seeded with the texts of the stories page', async () => {
    const response = await api.get<StoriesIndex>(path)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject(seedStoriesIndex)
    expect(response.body.heading).toBe('Real Engineering Stories')
    expect(response.body.tagline).toBe('Lessons from Production Systems')
    expect(response.body.callToAction.heading).toBe('Ready to practice?')
    expect(response.body.callToAction.label).toBe('Start Practicing')
  })

  it('are public, cacheable reads (anyone, over REST and GraphQL)', async () => {
    const response = await api.get(path)
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect(response.headers.get('etag')).toBeTruthy()
    const graphql = await api.graphql<{ StoriesIndex: { heading: string } }>(
      '{ StoriesIndex { heading callToAction { label link } } }',
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data?.StoriesIndex.heading).toBe('Real Engineering Stories')
  })

  it('a second seed finds them in place and writes nothing', async () => {
    const report = await seed(ctx.payload)
    expect(report.tallies['stories-index']).toEqual({
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: 1,
    })
  })

  it.each(['anonymous', 'reader', 'author', 'frontend'] as const)(
    '%s cannot change them over REST (403) and nothing changes',
    async (caller) => {
      const before = await stored()
      const response = await api.post(path, {
        token: tokens[caller],
        json: { heading: `Changed by ${caller}` },
      })
      expect(response.status).toBe(403)
      expect(response.body).toEqual({ errors: [{ message: expect.any(String) }] })
      expect((await stored()).heading).toBe(before.heading)
    },
  )

  it.each(['anonymous', 'reader', 'author', 'frontend'] as const)(
    '%s cannot change them over GraphQL (403) and nothing changes',
    async (caller) => {
      const before = await stored()
      const response = await api.graphql(
        updateMutation,
        { data: { ...seedStoriesIndex, heading: `Changed by ${caller}` } },
        tokens[caller],
      )
      expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await stored()).heading).toBe(before.heading)
    },
  )

  it.each(['editor', 'admin'] as const)(
    'an %s changes them over REST and GraphQL',
    async (caller) => {
      const rest = await api.post<{ result: StoriesIndex }>(path, {
        token: tokens[caller],
        json: { tagline: `REST tagline by ${caller}` },
      })
      expect(rest.status).toBe(200)
      expect((await stored()).tagline).toBe(`REST tagline by ${caller}`)
      // The rest of the texts stay as they were.
      expect((await stored()).heading).toBe(seedStoriesIndex.heading)

      const graphql = await api.graphql<{ updateStoriesIndex: { tagline: string } }>(
        updateMutation,
        { data: { ...seedStoriesIndex, tagline: `GraphQL tagline by ${caller}` } },
        tokens[caller],
      )
      expect(graphql.body.errors).toBeUndefined()
      expect(graphql.body.data?.updateStoriesIndex.tagline).toBe(`GraphQL tagline by ${caller}`)
      expect((await api.get<StoriesIndex>(path)).body.tagline).toBe(`GraphQL tagline by ${caller}`)
    },
  )

  it.each([
    ['javascript:alert(1)'],
    ['//evil.example/path'],
    ['data:text/html,hi'],
    ['not a link'],
  ])('refuses the call-to-action link %j with 400 and keeps the old one', async (link) => {
    const response = await api.post(path, {
      token: tokens.editor,
      json: { callToAction: { ...seedStoriesIndex.callToAction, link } },
    })
    expect(response.status).toBe(400)
    expect((await stored()).callToAction.link).toBe(seedStoriesIndex.callToAction.link)
  })

  it('accepts a site path or an http(s) address as the link', async () => {
    for (const link of ['/tags/reliability', 'https://practice.example/start']) {
      const response = await api.post(path, {
        token: tokens.admin,
        json: { callToAction: { ...seedStoriesIndex.callToAction, link } },
      })
      expect(response.status).toBe(200)
      expect((await stored()).callToAction.link).toBe(link)
    }
  })

  it.each([
    ['a heading that is not text', { heading: { $ne: 1 } }],
    ['a heading over 120 characters', { heading: 'x'.repeat(121) }],
    ['an empty heading', { heading: '' }],
    ['an intro that is not text', { intro: ['a', 'b'] }],
    ['a call-to-action label that is not text', { callToAction: { label: 42 } }],
    ['an empty call-to-action label', { callToAction: { label: '' } }],
  ])('refuses %s with 400 and changes nothing', async (_what, json) => {
    const before = await stored()
    const response = await api.post(path, { token: tokens.editor, json })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ errors: [{ message: expect.any(String) }] })
    expect(await stored()).toEqual(before)
  })

  it.each([
    ['GET', `${path}/versions`],
    ['GET', `${path}?depth=abc`],
    ['GET', `${path}?select[heading][x]=1`],
    ['POST', `${path}/versions/1`],
  ])('%s %s as an admin answers 4xx or 200, never 5xx', async (method, target) => {
    const response = await api.request(method, target, {
      token: tokens.admin,
      json: method === 'GET' ? undefined : {},
    })
    expect(response.status).toBeLessThan(500)
    if (response.status >= 400) {
      expect(response.body).toMatchObject({ errors: [{ message: expect.any(String) }] })
    }
  })
})
