import { beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { rawRequest } from '../helpers/http'
import { createTestUser } from '../helpers/users'

const { ctx, server, api } = useTestApp()

let adminToken: string
let storyId: number

beforeAll(async () => {
  const admin = await createTestUser(ctx.payload, 'admin')
  adminToken = await api.login(admin.email, admin.password)
  const tag = await createTag(ctx.payload)
  storyId = (await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })).id
})

const expectErrorShape = (text: string) => {
  const body = JSON.parse(text) as { errors?: { message: unknown }[] }
  expect(Array.isArray(body.errors)).toBe(true)
  expect(typeof body.errors?.[0].message).toBe('string')
  expect(text).not.toMatch(/\bat \S+ \(|node_modules|\/src\//)
}

// Each row was a 500 before input was validated where it enters. [target, expected status]
const reads: [string, number][] = [
  ['/api/stories/abc', 404],
  ['/api/stories/1.5', 404],
  ['/api/stories/99999999999999999999', 404],
  ['/api/stories/2147483648', 404],
  ['/api/users/abc', 404],
  ['/api/media/abc', 404],
  ['/api/ratings/abc', 404],
  // Payload's own collections are added after plugins run: the database check answers for them.
  ['/api/payload-locked-documents/abc', 400],
  ['/api/stories/versions/99999999999999999999', 404],
  ['/api/stories?where[id][equals]=1.5', 400],
  ['/api/stories?where[id][equals]=99999999999999999999', 400],
  ['/api/stories?where[id][equals]=2147483648', 400],
  ['/api/stories?where[id][in]=a,b', 400],
  ['/api/stories?where[id][equals][0]=1&where[id][equals][1]=2', 400],
  ['/api/stories?where[id][near]=1,2', 400],
  ['/api/stories?where[tags][in]=a,b', 400],
  ['/api/stories?where[tags][equals]=x', 400],
  ['/api/stories/versions?where[parent][equals]=abc', 400],
  ['/api/likes?where[user][equals]=x', 400],
  ['/api/stories?where[title][equals]=%00', 400],
  ['/api/stories?where[tags.slug][equals]=%00', 400],
  ['/api/stories?where[title][like]=%ff', 400],
  ['/api/stories/%00', 400],
  ['/api/stories/%ff', 400],
  ['/api/tags/%00/page', 400],
  ['/api/stories?page=-1', 400],
  ['/api/stories?page=0', 400],
  ['/api/stories?page=1.5', 400],
  ['/api/stories?page=abc', 400],
  ['/api/stories?page=99999999999999999999', 400],
  ['/api/stories?limit=-5', 400],
  ['/api/stories?limit=abc', 400],
]

describe('bad input in paths and queries answers 400/404, never 500', () => {
  it.each(reads)('GET %s as an admin answers %i', async (target, status) => {
    const response = await rawRequest(server.url, 'GET', target, {
      headers: { authorization: `JWT ${adminToken}` },
    })
    expect(response.status).toBe(status)
    expectErrorShape(response.body)
  })

  it.each(reads.filter(([target]) => !/versions|likes|locked/.test(target)))(
    'GET %s anonymously answers %i',
    async (target, status) => {
      const response = await rawRequest(server.url, 'GET', target)
      expect(response.status).toBe(status)
      expectErrorShape(response.body)
    },
  )

  it('still serves well-formed ids and filters (positive control)', async () => {
    expect((await api.get(`/api/stories/${storyId}`)).status).toBe(200)
    const list = await api.get<{ totalDocs: number }>(
      `/api/stories?where[id][in]=${storyId},2&page=1&limit=5`,
    )
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(1)
  })
})

// [method, path, JSON body, expected status]
const writes: [string, string, unknown, number][] = [
  ['PATCH', '/api/stories/99999999999999999999', { title: 'x' }, 404],
  ['DELETE', '/api/stories/abc', undefined, 404],
  ['DELETE', '/api/stories/99999999999999999999', undefined, 404],
  ['POST', '/api/stories/versions/99999999999999999999', undefined, 404],
  ['PATCH', '/api/stories/{story}', { title: 'a\u0000b' }, 400],
  ['PATCH', '/api/stories/{story}', { tags: [99999999999] }, 400],
  ['POST', '/api/users/login', { email: 'a\u0000@example.test', password: 'x' }, 400],
  ['POST', '/api/users/forgot-password', { email: 'a\u0000@example.test' }, 400],
]

describe('bad input in bodies answers 400/404, never 500', () => {
  it.each(writes)('%s %s %j answers %i', async (method, path, json, status) => {
    const response = await api.request(method, path.replace('{story}', String(storyId)), {
      token: adminToken,
      json,
    })
    expect(response.status).toBe(status)
    expectErrorShape(response.text)
  })

  it('answers an upload with an odd file name with 400 and stores nothing', async () => {
    const before = await ctx.sql<{ n: string }>('SELECT count(*) AS n FROM media')
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    for (const name of ['a\u0000b.png', '../../etc/x.png\u0000', '\u0000']) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
      form.append('_payload', JSON.stringify({ alt: 'x' }))
      const response = await api.request('POST', '/api/media', { token: adminToken, form })
      expect(response.status).toBe(400)
      expectErrorShape(response.text)
    }
    expect(await ctx.sql('SELECT count(*) AS n FROM media')).toEqual(before)
  })

  it('stores a traversal-looking file name without its directories', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), '../../etc/x.png')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const response = await api.request<{ doc: { filename: string } }>('POST', '/api/media', {
      token: adminToken,
      form,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.filename).not.toMatch(/\/|\.\./)
  })
})

describe('bad GraphQL arguments answer 400, never 500', () => {
  const gql: [string, number][] = [
    ['{ Stories(where: { title: { equals: "a\\u0000" } }) { totalDocs } }', 400],
    ['mutation { loginUser(email: "a\\u0000", password: "x") { token } }', 400],
    ['{ TagPage(slug: "a\\u0000") { tag { name } } }', 400],
    ['{ Stories(where: { tags: { in: ["a"] } }) { totalDocs } }', 400],
    ['{ Stories(page: -1) { totalDocs } }', 400],
    ['{ Stories(limit: -1) { totalDocs } }', 400],
  ]

  it.each(gql)('%s answers %i', async (query, status) => {
    const response = await api.graphql(query, undefined, adminToken)
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.statusCode)
    // Refused before execution (HTTP 400) or by a resolver (statusCode 400), never a 500.
    if (response.status === 200) expect(codes).toEqual([status])
    else expect(response.status).toBe(status)
    expect(response.text).not.toMatch(/Something went wrong/)
  })

  it('answers NUL in variables with 400', async () => {
    const response = await api.graphql(
      'query ($t: String) { Stories(where: { title: { equals: $t } }) { totalDocs } }',
      { t: 'a\u0000' },
      adminToken,
    )
    expect(response.status).toBe(400)
  })

  it('answers NUL in variables with 400 after the same document passed with clean ones', async () => {
    // Validation is remembered per document and variables: other variables are validated again.
    const query = 'query ($t: String) { Stories(where: { slug: { equals: $t } }) { totalDocs } }'
    for (const round of [1, 2]) {
      const clean = await api.graphql(query, { t: 'clean' }, adminToken)
      expect({ round, status: clean.status }).toEqual({ round, status: 200 })
      const dirty = await api.graphql(query, { t: 'a\u0000' }, adminToken)
      expect({ round, status: dirty.status }).toEqual({ round, status: 400 })
    }
  })

  it('serves the same queries with clean arguments (positive control)', async () => {
    const response = await api.graphql<{ Stories: { totalDocs: number } }>(
      '{ Stories(page: 1, limit: 5, where: { title: { equals: "x" } }) { totalDocs } }',
      undefined,
      adminToken,
    )
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.Stories.totalDocs).toBe(0)
  })
})
