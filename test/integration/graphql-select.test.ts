import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { statementsDuring, untilDatabaseQuiet } from '../helpers/statements'
import { createTestUser } from '../helpers/users'

// RESPONSE_CACHE stays at its default: GraphQL is a POST and never served from the cache.
const { ctx, api } = useTestApp()

let freeSlug: string
let premiumSlug: string
let authorName: string
let authorHandle: string
let authorId: number

beforeAll(async () => {
  const author = await createTestUser(ctx.payload, 'author')
  authorName = String(author.user.name)
  authorHandle = String(author.user.handle)
  authorId = author.user.id
  const free = await createArticle(
    ctx.payload,
    { author: author.user.id, access: 'free' },
    { publish: true },
  )
  const premium = await createArticle(
    ctx.payload,
    { author: author.user.id, access: 'premium' },
    { publish: true },
  )
  freeSlug = String(free.slug)
  premiumSlug = String(premium.slug)
})

interface Card {
  slug: string
  title?: string
  content?: unknown
  locked?: boolean
  author?: { name?: string; handle?: string }
}

/** Runs an anonymous query; returns its documents and the statements that read articles' bodies. */
async function run(query: string) {
  await untilDatabaseQuiet()
  let answer: Awaited<ReturnType<typeof api.graphql<{ CommunityArticles: { docs: Card[] } }>>>
  const statements = await statementsDuring(async () => {
    answer = await api.graphql<{ CommunityArticles: { docs: Card[] } }>(query)
  })
  const { body } = answer!
  expect(body.errors).toBeUndefined()
  const bySlug = new Map((body.data?.CommunityArticles.docs ?? []).map((doc) => [doc.slug, doc]))
  const bodyReads = statements.filter(
    (text) => text.includes('community_articles') && text.includes('"content"'),
  )
  return { bySlug, bodyReads }
}

describe('GraphQL reads only the fields a query asks for', () => {
  it('a list of titles and author names reads no bodies, and answers in full', async () => {
    const { bySlug, bodyReads } = await run(
      '{ CommunityArticles(limit: 50) { docs { slug title author { name } } } }',
    )
    expect(bodyReads).toEqual([])
    expect(bySlug.get(freeSlug)?.author).toEqual({ name: authorName })
    expect(bySlug.get(premiumSlug)?.title).toEqual(expect.any(String))
  })

  it('gates premium bodies the same with the narrow read', async () => {
    const { bySlug, bodyReads } = await run(
      '{ CommunityArticles(limit: 50) { docs { slug content locked } } }',
    )
    expect(bodyReads).not.toEqual([])
    expect(bySlug.get(freeSlug)).toMatchObject({ locked: false, content: expect.any(Object) })
    expect(bySlug.get(premiumSlug)).toMatchObject({ locked: true, content: null })
  })

  it('reads everything for fragments and repeated fields, which it answers in full', async () => {
    const { bySlug, bodyReads } = await run(`{ CommunityArticles(limit: 50) {
        docs { ...Card author { handle } }
      } }
      fragment Card on CommunityArticle { slug author { name } }`)
    expect(bodyReads).not.toEqual([])
    expect(bySlug.get(freeSlug)?.author).toEqual({ name: authorName, handle: authorHandle })
  })

  it('keeps an explicit select: false', async () => {
    const { bySlug, bodyReads } = await run(
      '{ CommunityArticles(limit: 50, select: false) { docs { slug title } } }',
    )
    expect(bodyReads).not.toEqual([])
    expect(bySlug.get(freeSlug)?.title).toEqual(expect.any(String))
  })
})

describe('a read that selects account fields', () => {
  it("still shows staff an author's private fields (the rule reads the account's role)", async () => {
    const editor = await createTestUser(ctx.payload, 'editor')
    const token = await api.login(editor.email, editor.password)
    const rest = await api.get<{ email?: string | null }>(
      `/api/users/${authorId}?select[email]=true`,
      { token },
    )
    expect(rest.status).toBe(200)
    expect(rest.body.email).toEqual(expect.stringContaining('@'))
    const graphql = await api.graphql<{ User: { email: string | null } }>(
      `query ($id: Int!) { User(id: $id) { email } }`,
      { id: authorId },
      token,
    )
    expect(graphql.body.data?.User.email).toBe(rest.body.email)
  })
})
