import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { review } from '../helpers/review'
import { createTestUser, type TestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

let reader: TestUser
let author: TestUser
let otherAuthor: TestUser
let editor: TestUser
let admin: TestUser
const tokens: Record<string, string> = {}
let ownArticle: number
let othersArticle: number

beforeAll(async () => {
  reader = await createTestUser(ctx.payload, 'reader')
  author = await createTestUser(ctx.payload, 'author')
  otherAuthor = await createTestUser(ctx.payload, 'author')
  editor = await createTestUser(ctx.payload, 'editor')
  admin = await createTestUser(ctx.payload, 'admin')
  for (const [name, account] of Object.entries({ reader, author, otherAuthor, editor, admin })) {
    tokens[name] = await api.login(account.email, account.password)
  }
  ownArticle = (await createArticle(ctx.payload, { author: author.user.id })).id
  othersArticle = (await createArticle(ctx.payload, { author: otherAuthor.user.id })).id
})

interface LockRow extends Record<string, unknown> {
  users_id: number
  document: number
}

const locksOf = (article: number) =>
  ctx.sql<LockRow>(
    `select r.users_id, a.community_articles_id as document
       from payload_locked_documents l
       join payload_locked_documents_rels r on r.parent_id = l.id and r.path = 'user'
       join payload_locked_documents_rels a on a.parent_id = l.id and a.path = 'document'
      where a.community_articles_id = $1`,
    [article],
  )

const lockBody = (article: number, userId: number) => ({
  document: { relationTo: 'community-articles', value: article },
  user: { relationTo: 'users', value: userId },
})

const clearLocks = () => ctx.sql('delete from payload_locked_documents')

describe('document locks', () => {
  it('a reader cannot create a lock attributed to an editor (403); nothing is stored', async () => {
    await clearLocks()
    const response = await api.post('/api/payload-locked-documents', {
      token: tokens.reader,
      json: lockBody(othersArticle, editor.user.id),
    })
    expect(response.status).toBe(403)
    expect(await locksOf(othersArticle)).toEqual([])
  })

  it('a reader and an anonymous caller cannot list locks (403)', async () => {
    await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: lockBody(othersArticle, editor.user.id) as never,
    })
    expect((await api.get('/api/payload-locked-documents', { token: tokens.reader })).status).toBe(
      403,
    )
    expect((await api.get('/api/payload-locked-documents')).status).toBe(403)
  })

  it('an author cannot lock another author’s article (403)', async () => {
    await clearLocks()
    const response = await api.post('/api/payload-locked-documents', {
      token: tokens.author,
      json: lockBody(othersArticle, author.user.id),
    })
    expect(response.status).toBe(403)
    expect(await locksOf(othersArticle)).toEqual([])
  })

  it('an author locks their own article, and the lock is theirs whoever it names', async () => {
    await clearLocks()
    const response = await api.post('/api/payload-locked-documents', {
      token: tokens.author,
      json: lockBody(ownArticle, editor.user.id),
    })
    expect(response.status).toBe(201)
    expect(await locksOf(ownArticle)).toEqual([{ users_id: author.user.id, document: ownArticle }])
  })

  it('an editor locks any article; the lock is attributed to the editor', async () => {
    await clearLocks()
    const response = await api.post('/api/payload-locked-documents', {
      token: tokens.editor,
      json: lockBody(othersArticle, admin.user.id),
    })
    expect(response.status).toBe(201)
    expect(await locksOf(othersArticle)).toEqual([
      { users_id: editor.user.id, document: othersArticle },
    ])
  })

  it('an editor who takes over a lock (PATCH) holds it themself, whatever user is sent', async () => {
    await clearLocks()
    const lock = await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: lockBody(othersArticle, otherAuthor.user.id) as never,
    })
    const response = await api.patch(`/api/payload-locked-documents/${lock.id}`, {
      token: tokens.editor,
      json: { user: { relationTo: 'users', value: admin.user.id } },
    })
    expect(response.status).toBe(200)
    expect(await locksOf(othersArticle)).toEqual([
      { users_id: editor.user.id, document: othersArticle },
    ])
  })

  it("an author lists only their own locks; staff list staff's locks, not authors'", async () => {
    await clearLocks()
    const staffArticle = (await createArticle(ctx.payload, { author: otherAuthor.user.id })).id
    for (const [article, holder] of [
      [ownArticle, author],
      [othersArticle, otherAuthor],
      [staffArticle, admin],
    ] as const) {
      await ctx.payload.create({
        collection: 'payload-locked-documents',
        data: lockBody(article, holder.user.id) as never,
      })
    }
    const documentsSeenBy = async (token: string) => {
      const response = await api.get<{ docs: { document: { value: number | { id: number } } }[] }>(
        '/api/payload-locked-documents?depth=0',
        { token },
      )
      expect(response.status).toBe(200)
      return response.body.docs
        .map(({ document }) =>
          typeof document.value === 'object' ? document.value.id : document.value,
        )
        .sort((a, b) => a - b)
    }
    expect(await documentsSeenBy(tokens.author)).toEqual([ownArticle])
    expect(await documentsSeenBy(tokens.editor)).toEqual([staffArticle])
    expect(await documentsSeenBy(tokens.admin)).toEqual([staffArticle])
    // Staff still release an author's lock.
    const [authorsLock] = await ctx.sql<{ id: number }>(
      `select l.id from payload_locked_documents l
         join payload_locked_documents_rels r on r.parent_id = l.id and r.path = 'user'
        where r.users_id = $1`,
      [author.user.id],
    )
    const released = await api.delete(`/api/payload-locked-documents/${authorsLock.id}`, {
      token: tokens.editor,
    })
    expect(released.status).toBe(200)
    expect(await locksOf(ownArticle)).toEqual([])
  })

  it('GraphQL: a reader cannot create a lock (403); an editor can (no errors)', async () => {
    await clearLocks()
    const mutation = `mutation ($value: JSON!, $user: JSON!) {
      createPayloadLockedDocument(data: {
        document: { relationTo: community_articles, value: $value },
        user: { relationTo: users, value: $user }
      }) { id }
    }`
    const refused = await api.graphql(
      mutation,
      { value: othersArticle, user: editor.user.id },
      tokens.reader,
    )
    expect(refused.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await locksOf(othersArticle)).toEqual([])
    const allowed = await api.graphql(
      mutation,
      { value: othersArticle, user: admin.user.id },
      tokens.editor,
    )
    expect(allowed.body.errors).toBeUndefined()
    expect(await locksOf(othersArticle)).toEqual([
      { users_id: editor.user.id, document: othersArticle },
    ])
  })

  it('an editor saving a document a reader tried to lock for them is not refused with 423', async () => {
    await clearLocks()
    await api.post('/api/payload-locked-documents', {
      token: tokens.reader,
      json: lockBody(othersArticle, admin.user.id),
    })
    const saved = await api.patch(`/api/community-articles/${othersArticle}?draft=true`, {
      token: tokens.editor,
      json: { summary: 'Edited by the editor.' },
    })
    expect(saved.status).toBe(200)
  })
})

describe("an author's lock and staff", () => {
  /** The editor saves `ownArticle` while `holder` holds the only lock on it. */
  const editorSavesWhileLockedBy = async (holder: number, summary: string) => {
    await clearLocks()
    await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: lockBody(ownArticle, holder) as never,
    })
    return api.patch(`/api/community-articles/${ownArticle}?draft=true`, {
      token: tokens.editor,
      json: { summary },
    })
  }

  it("does not block an editor's save, while another editor's fresh lock does (423)", async () => {
    const saved = await editorSavesWhileLockedBy(
      author.user.id,
      'Fixed by the editor while the author had it open.',
    )
    expect(saved.status).toBe(200)
    const blocked = await editorSavesWhileLockedBy(
      admin.user.id,
      'Meanwhile the admin is editing it.',
    )
    expect(blocked.status).toBe(423)
    const stored = await ctx.payload.findByID({
      collection: 'community-articles',
      id: ownArticle,
      draft: true,
    })
    expect(stored.summary).toBe('Fixed by the editor while the author had it open.')
  })

  it("is not shown to an editor opening the document (the admin's lock lookup)", async () => {
    await clearLocks()
    await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: lockBody(ownArticle, author.user.id) as never,
    })
    const seenBy = async (user: TestUser['user']) =>
      (
        await ctx.payload.find({
          collection: 'payload-locked-documents',
          overrideAccess: false,
          user: { ...user, collection: 'users' },
          depth: 1,
          where: { 'document.value': { equals: ownArticle } },
        })
      ).docs.length
    expect(await seenBy(editor.user)).toBe(0)
    expect(await seenBy(author.user)).toBe(1)
  })
})

describe('what the admin does with locks and preferences keeps working', () => {
  it.each(['editor', 'author'] as const)(
    'the edit view’s lock lookup (Local API as the %s) answers without refusing',
    async (who) => {
      await clearLocks()
      const user = who === 'editor' ? editor.user : author.user
      const found = await ctx.payload.find({
        collection: 'payload-locked-documents',
        overrideAccess: false,
        user: { ...user, collection: 'users' },
        depth: 1,
        where: {
          and: [
            { 'document.relationTo': { equals: 'community-articles' } },
            { 'document.value': { equals: ownArticle } },
          ],
        },
      })
      expect(found.docs).toEqual([])
    },
  )

  it('preferences by key (the admin’s own endpoint) save and load for the signed-in user', async () => {
    const saved = await api.post('/api/payload-preferences/collection-community-articles', {
      token: tokens.editor,
      json: { value: { columns: ['title'] } },
    })
    expect(saved.status).toBe(200)
    const loaded = await api.get<{ value?: unknown }>(
      '/api/payload-preferences/collection-community-articles',
      { token: tokens.editor },
    )
    expect(loaded.status).toBe(200)
    expect(loaded.body.value).toEqual({ columns: ['title'] })
  })
})

describe('preferences, jobs, key-value and migrations', () => {
  it('a preference is its owner’s: created for the caller whatever user is sent, read by no one else', async () => {
    const created = await api.post<{ doc: { id: number } }>('/api/payload-preferences', {
      token: tokens.reader,
      json: {
        key: 'nav',
        value: { open: true },
        user: { relationTo: 'users', value: editor.user.id },
      },
    })
    expect(created.status).toBe(201)
    const [row] = await ctx.sql<{ users_id: number }>(
      `select users_id from payload_preferences_rels where parent_id = $1 and path = 'user'`,
      [created.body.doc.id],
    )
    expect(row?.users_id).toBe(reader.user.id)
    for (const token of [tokens.editor, tokens.admin]) {
      const listed = await api.get<{ docs: { id: number }[] }>(
        `/api/payload-preferences?where[id][equals]=${created.body.doc.id}`,
        { token },
      )
      expect(listed.status).toBe(200)
      expect(listed.body.docs).toEqual([])
    }
    const own = await api.get<{ docs: { id: number }[] }>(
      `/api/payload-preferences?where[id][equals]=${created.body.doc.id}`,
      { token: tokens.reader },
    )
    expect(own.body.docs.map((doc) => doc.id)).toEqual([created.body.doc.id])
  })

  it.each(['payload-jobs', 'payload-kv'])(
    '%s: nobody lists or creates over REST (403), admins included',
    async (slug) => {
      for (const token of [tokens.reader, tokens.editor, tokens.admin]) {
        expect((await api.get(`/api/${slug}`, { token })).status).toBe(403)
        expect((await api.post(`/api/${slug}`, { token, json: {} })).status).toBe(403)
      }
    },
  )

  it('payload-migrations has no REST route (404) and no GraphQL type', async () => {
    expect((await api.get('/api/payload-migrations', { token: tokens.admin })).status).toBe(404)
    const query = await api.graphql(
      '{ PayloadMigrations { docs { id } } }',
      undefined,
      tokens.admin,
    )
    expect(query.body.errors?.[0]?.message).toMatch(/Cannot query field "PayloadMigrations"/)
    const positive = await api.graphql(
      '{ Users(limit: 1) { docs { id } } }',
      undefined,
      tokens.admin,
    )
    expect(positive.body.errors).toBeUndefined()
  })
})

describe('review actions and edit locks', () => {
  const lockAs = (article: number, userId: number) =>
    ctx.payload.create({
      collection: 'payload-locked-documents',
      data: lockBody(article, userId) as never,
    })

  it("submitting releases the author's own lock, so the editor is not met by a stale one", async () => {
    await clearLocks()
    const draft = await createArticle(ctx.payload, { author: author.user.id })
    await lockAs(draft.id, author.user.id)
    const submitted = await review(api, tokens.author, 'community-articles', draft.id, {
      action: 'submit',
    })
    expect(submitted.status).toBe(200)
    expect(await locksOf(draft.id)).toEqual([])
  })

  it("an action keeps someone else's lock, and a refused action keeps the caller's", async () => {
    await clearLocks()
    const draft = await createArticle(ctx.payload, { author: author.user.id })
    await lockAs(draft.id, editor.user.id)
    expect(
      (await review(api, tokens.author, 'community-articles', draft.id, { action: 'submit' }))
        .status,
    ).toBe(200)
    expect(await locksOf(draft.id)).toEqual([{ users_id: editor.user.id, document: draft.id }])

    // An author may not approve their own article: the action is refused and changes nothing.
    await clearLocks()
    await lockAs(draft.id, author.user.id)
    const refused = await review(api, tokens.author, 'community-articles', draft.id, {
      action: 'approve',
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(await locksOf(draft.id)).toEqual([{ users_id: author.user.id, document: draft.id }])
  })
})
