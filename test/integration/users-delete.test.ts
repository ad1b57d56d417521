import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { CollectionAfterDeleteHook } from 'payload'

import { changeFeedOf } from '../../src/changes/feed'
import type { ChangeEvent } from '../../src/changes/types'
import { lexicalParagraphs } from '../../src/content/lexical'
import { createArticle, createBundle, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { review, signUp, type Member, type Role } from '../helpers/review'
import { storedCounts } from '../helpers/tagCounts'
import { createTestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

type Account = { id: number; handle: string; role: string }

let admin: Member

/** The error the injected hook throws; only the fault tests arm it. */
class InjectedFault extends Error {}
/** The account whose deletion fails after it was done, or none. */
let failDeletionOf: number | null = null

/** Runs after the account row is gone and its content reassigned: a failure midway. */
const failWhenArmed: CollectionAfterDeleteHook = ({ id }) => {
  if (failDeletionOf === Number(id)) throw new InjectedFault(`injected fault deleting ${id}`)
}

const afterDeleteHooks = () => {
  const hooks = ctx.payload.collections.users.config.hooks
  hooks.afterDelete ??= []
  return hooks.afterDelete
}

beforeAll(async () => {
  afterDeleteHooks().push(failWhenArmed)
  admin = await signUp(ctx, api, 'admin')
})

afterAll(() => {
  const hooks = afterDeleteHooks()
  hooks.splice(hooks.indexOf(failWhenArmed), 1)
})

const accountExists = async (id: number) =>
  (await ctx.sql('SELECT id FROM users WHERE id = $1', [id])).length === 1

async function placeholders(): Promise<Account[]> {
  return ctx.sql<Account>(
    `SELECT id, handle, role FROM users WHERE handle = 'former-member' ORDER BY id`,
  )
}

async function placeholderId(): Promise<number> {
  const [row] = await placeholders()
  if (!row) throw new Error('no former-member placeholder')
  return row.id
}

/** Who the stored rows of an article say wrote it: the live row and every version. */
async function authorsOf(id: number) {
  const [main] = await ctx.sql<{ author: number; status: string }>(
    'SELECT author_id AS author, _status AS status FROM community_articles WHERE id = $1',
    [id],
  )
  const versions = await ctx.sql<{ author: number }>(
    'SELECT DISTINCT version_author_id AS author FROM _community_articles_v WHERE parent_id = $1',
    [id],
  )
  return { author: main?.author, status: main?.status, versions: versions.map((v) => v.author) }
}

async function historyActors(id: number) {
  return ctx.sql<{ by: number; owner: number | null }>(
    `SELECT by_id AS by, owner_id AS owner FROM review_events
      WHERE item_key = $1 ORDER BY id`,
    [`community-articles:${id}`],
  )
}

/** An author's article, submitted for review by them and sent back by an editor (two events). */
async function reviewedArticle(author: Member, editor: Member): Promise<number> {
  const created = await api.post<{ doc: { id: number } }>('/api/community-articles', {
    token: author.token,
    json: {
      title: `Reviewed piece ${author.user.id}`,
      summary: 'S.',
      content: lexicalParagraphs('One.', 'Two.'),
    },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  expect(
    (await review(api, author.token, 'community-articles', id, { action: 'submit' })).status,
  ).toBe(200)
  const sentBack = await review(api, editor.token, 'community-articles', id, {
    action: 'request-changes',
    note: 'More detail, please.',
  })
  expect(sentBack.status).toBe(200)
  return id
}

const deleteUser = 'mutation ($id: Int!) { deleteUser(id: $id) { id } }'

describe('the former-member placeholder', () => {
  it('is created once, however many deletions run at the same time', async () => {
    const authors = await Promise.all([1, 2, 3, 4].map(() => createTestUser(ctx.payload, 'author')))
    const articles = await Promise.all(
      authors.map((author) =>
        createArticle(ctx.payload, { author: author.user.id }, { publish: true }),
      ),
    )
    const responses = await Promise.all(
      authors.map((author) => api.delete(`/api/users/${author.user.id}`, { token: admin.token })),
    )
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200])
    const created = await placeholders()
    expect(created).toEqual([{ id: created[0]?.id, handle: 'former-member', role: 'reader' }])
    for (const article of articles) {
      expect(await authorsOf(article.id)).toEqual({
        author: created[0]?.id,
        status: 'published',
        versions: [created[0]?.id],
      })
    }
  })

  it('cannot sign in, with any password', async () => {
    const response = await api.post<{ token?: string }>('/api/users/login', {
      json: { email: 'former-member@casebook.invalid', password: 'whatever-1234' },
    })
    expect([401, 403]).toContain(response.status)
    expect(response.body.token).toBeUndefined()
  })

  it('cannot be deleted or edited over REST, bulk or GraphQL, even by an admin', async () => {
    const id = await placeholderId()
    const byId = await api.delete(`/api/users/${id}`, { token: admin.token })
    expect(byId.status).toBe(403)
    const bulk = await api.delete<{ docs: unknown[] }>(
      '/api/users?where[handle][equals]=former-member',
      { token: admin.token },
    )
    expect(bulk.status).toBe(200)
    expect(bulk.body.docs).toEqual([])
    const gql = await api.graphql(deleteUser, { id }, admin.token)
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const edit = await api.patch(`/api/users/${id}`, {
      token: admin.token,
      json: { name: 'Someone', email: 'taken@example.test' },
    })
    expect(edit.status).toBe(403)
    const local = ctx.payload.delete({ collection: 'users', id })
    await expect(local).rejects.toThrow(/cannot be deleted/)
    expect(await placeholders()).toEqual([{ id, handle: 'former-member', role: 'reader' }])
    const [row] = await ctx.sql<{ name: string }>('SELECT name FROM users WHERE id = $1', [id])
    expect(row?.name).toBe('Former member')
  })

  it('keeps its handle: nobody signs up or renames themself as former-member', async () => {
    const signUpAs = await api.post('/api/users', {
      json: {
        email: 'fm@example.test',
        password: 'pass-word-1',
        name: 'F',
        handle: 'former-member',
      },
    })
    expect(signUpAs.status).toBe(400)
    const other = await signUp(ctx, api, 'reader')
    const rename = await api.patch(`/api/users/${other.user.id}`, {
      token: other.token,
      json: { handle: 'FORMER-MEMBER' },
    })
    expect(rename.status).toBe(400)
    expect(await placeholders()).toHaveLength(1)
  })
})

describe('deleting one’s own account', () => {
  it.each<Role>(['reader', 'author', 'editor', 'admin'])('a %s may (200)', async (role) => {
    const member = await signUp(ctx, api, role)
    const response = await api.delete<{ doc: { id: number }; message: string }>(
      `/api/users/${member.user.id}`,
      { token: member.token },
    )
    expect(response.status).toBe(200)
    expect(response.body.doc.id).toBe(member.user.id)
    expect(typeof response.body.message).toBe('string')
    expect(await accountExists(member.user.id)).toBe(false)
  })

  it('an author’s published work stays published, shows the former member, keeps its tag counts', async () => {
    const author = await signUp(ctx, api, 'author')
    const editor = await signUp(ctx, api, 'editor')
    const tag = await createTag(ctx.payload)
    const article = await createArticle(
      ctx.payload,
      { author: author.user.id, tags: [tag.id] },
      { publish: true },
    )
    const bundle = await createBundle(ctx.payload, { author: author.user.id }, { publish: true })
    const reviewed = await reviewedArticle(author, editor)
    const countsBefore = await storedCounts(ctx, tag.id)
    const eventsBefore = await historyActors(reviewed)
    expect(eventsBefore).toEqual([
      { by: author.user.id, owner: author.user.id },
      { by: editor.user.id, owner: author.user.id },
    ])
    // A cached anonymous read of the published article, with its author populated.
    const path = `/api/community-articles/${article.id}?depth=1`
    const before = await api.get<{ author: { name: string } }>(path)
    expect(before.body.author.name).toBe(author.user.name)
    await api.get(path)

    const announced: ChangeEvent[] = []
    const unsubscribe = changeFeedOf(ctx.payload).subscribe((events) => {
      announced.push(...events)
    })
    try {
      const response = await api.delete(`/api/users/${author.user.id}`, { token: author.token })
      expect(response.status).toBe(200)
    } finally {
      unsubscribe()
    }
    // Webhooks and other instances' caches hear that the published documents changed.
    expect(
      announced.map(({ type, collection, doc }) => `${type} ${collection}:${doc.id}`).sort(),
    ).toEqual(
      [
        `published-updated community-articles:${article.id}`,
        `published-updated question-bundles:${bundle.id}`,
      ].sort(),
    )

    const placeholder = await placeholderId()
    expect(await authorsOf(article.id)).toEqual({
      author: placeholder,
      status: 'published',
      versions: [placeholder],
    })
    const [bundleRow] = await ctx.sql<{ author: number; status: string }>(
      'SELECT author_id AS author, _status AS status FROM question_bundles WHERE id = $1',
      [bundle.id],
    )
    expect(bundleRow).toEqual({ author: placeholder, status: 'published' })
    expect(await historyActors(reviewed)).toEqual([
      { by: placeholder, owner: placeholder },
      { by: editor.user.id, owner: placeholder },
    ])
    expect(await storedCounts(ctx, tag.id)).toEqual(countsBefore)
    const after = await api.get<{ author: { name: string; handle: string } }>(path)
    expect(after.status).toBe(200)
    expect(after.body.author).toMatchObject({ name: 'Former member', handle: 'former-member' })
    const list = await api.get<{ docs: { id: number }[] }>(
      `/api/community-articles?where[id][equals]=${article.id}`,
    )
    expect(list.body.docs.map((doc) => doc.id)).toEqual([article.id])
  })

  it('works over GraphQL too', async () => {
    const author = await signUp(ctx, api, 'author')
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const response = await api.graphql<{ deleteUser: { id: number } }>(
      deleteUser,
      { id: author.user.id },
      author.token,
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.deleteUser.id).toBe(author.user.id)
    expect((await authorsOf(article.id)).author).toBe(await placeholderId())
  })

  it('removes the account’s likes and ratings and recomputes the item', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const reader = await signUp(ctx, api, 'reader')
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const liked = await api.post(`/api/community-articles/${article.id}/like`, {
      token: reader.token,
    })
    expect(liked.status).toBeLessThan(300)
    const rated = await api.post('/api/ratings', {
      token: reader.token,
      json: { item: { relationTo: 'community-articles', value: article.id }, score: 4 },
    })
    expect(rated.status).toBe(201)

    const deleted = await api.delete(`/api/users/${reader.user.id}`, { token: admin.token })
    expect(deleted.status).toBe(200)
    const [row] = await ctx.sql<{ likes: number; rating_count: number }>(
      'select likes::int as likes, rating_count::int as rating_count from community_articles where id = $1',
      [article.id],
    )
    expect(row).toEqual({ likes: 0, rating_count: 0 })
    const left = await ctx.sql<{ n: string }>(
      'select (select count(*) from likes where user_id = $1) + (select count(*) from ratings where user_id = $1) as n',
      [reader.user.id],
    )
    expect(Number(left[0]?.n)).toBe(0)
  })
})

describe('an admin deleting an account with ?reassignTo', () => {
  it('gives the content and its history to the chosen account, the actions to the placeholder', async () => {
    const author = await signUp(ctx, api, 'author')
    const editor = await signUp(ctx, api, 'editor')
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const reviewed = await reviewedArticle(author, editor)
    const response = await api.delete(`/api/users/${author.user.id}?reassignTo=${editor.user.id}`, {
      token: admin.token,
    })
    expect(response.status).toBe(200)
    expect(await authorsOf(article.id)).toEqual({
      author: editor.user.id,
      status: 'published',
      versions: [editor.user.id],
    })
    expect((await authorsOf(reviewed)).author).toBe(editor.user.id)
    const placeholder = await placeholderId()
    expect(await historyActors(reviewed)).toEqual([
      { by: placeholder, owner: editor.user.id },
      { by: editor.user.id, owner: editor.user.id },
    ])
    const shown = await api.get<{ author: { handle: string } }>(
      `/api/community-articles/${article.id}?depth=1`,
    )
    expect(shown.body.author.handle).toBe(editor.user.handle)
  })

  it('works for a bulk delete: every matched account’s content goes to the chosen one', async () => {
    const [first, second, heir] = await Promise.all([
      createTestUser(ctx.payload, 'author'),
      createTestUser(ctx.payload, 'author'),
      createTestUser(ctx.payload, 'author'),
    ])
    const a = await createArticle(ctx.payload, { author: first.user.id }, { publish: true })
    const b = await createArticle(ctx.payload, { author: second.user.id })
    const response = await api.delete<{ docs: { id: number }[] }>(
      `/api/users?where[id][in]=${first.user.id},${second.user.id}&reassignTo=${heir.user.id}`,
      { token: admin.token },
    )
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc) => doc.id).sort()).toEqual(
      [first.user.id, second.user.id].sort(),
    )
    expect((await authorsOf(a.id)).author).toBe(heir.user.id)
    expect((await authorsOf(b.id)).author).toBe(heir.user.id)
  })

  describe('refuses a bad reassignTo with a clear 4xx and changes nothing', () => {
    let author: Member
    let articleId: number
    let reader: Member

    beforeAll(async () => {
      author = await signUp(ctx, api, 'author')
      reader = await signUp(ctx, api, 'reader')
      articleId = (await createArticle(ctx.payload, { author: author.user.id }, { publish: true }))
        .id
    })

    const cases: [string, () => string, number, RegExp][] = [
      ['not a number', () => 'abc', 400, /id of a user account/],
      ['zero', () => '0', 400, /id of a user account/],
      ['a fraction', () => '1.5', 400, /id of a user account/],
      ['given twice', () => `${admin.user.id}&reassignTo=${admin.user.id}`, 400, /id of a user/],
      ['an unknown id', () => '987654321', 400, /no account 987654321/],
      ['a reader', () => String(reader.user.id), 400, /cannot receive content/],
      ['the placeholder', () => 'placeholder', 400, /cannot receive content/],
      ['the deleted account itself', () => String(author.user.id), 400, /being deleted/],
    ]

    it.each(cases)('%s', async (_name, value, status, message) => {
      const target = value() === 'placeholder' ? String(await placeholderId()) : value()
      const response = await api.delete<{ errors: { message: string }[] }>(
        `/api/users/${author.user.id}?reassignTo=${target}`,
        { token: admin.token },
      )
      expect(response.status).toBe(status)
      expect(response.body.errors[0]?.message).toMatch(message)
      expect(response.text).not.toMatch(/at \w+ \(|node_modules/)
      expect(await accountExists(author.user.id)).toBe(true)
      expect((await authorsOf(articleId)).author).toBe(author.user.id)
    })

    it('used by anyone but an admin (403), their own account included', async () => {
      const response = await api.delete(
        `/api/users/${author.user.id}?reassignTo=${admin.user.id}`,
        { token: author.token },
      )
      expect(response.status).toBe(403)
      expect(await accountExists(author.user.id)).toBe(true)
      expect((await authorsOf(articleId)).author).toBe(author.user.id)
    })
  })
})

describe('a failure midway leaves nothing half-done', () => {
  it('a delete by id that fails after reassigning rolls back the reassignment', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const before = await authorsOf(article.id)
    failDeletionOf = author.user.id
    try {
      const response = await api.delete(`/api/users/${author.user.id}`, { token: admin.token })
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.text).not.toMatch(/InjectedFault|injected fault|at \w+ \(/)
    } finally {
      failDeletionOf = null
    }
    expect(await accountExists(author.user.id)).toBe(true)
    expect(await authorsOf(article.id)).toEqual(before)
    expect(before.author).toBe(author.user.id)
  })

  it('a bulk delete with one failing account deletes and reassigns none of them', async () => {
    const [first, second] = await Promise.all([
      createTestUser(ctx.payload, 'author'),
      createTestUser(ctx.payload, 'author'),
    ])
    const a = await createArticle(ctx.payload, { author: first.user.id }, { publish: true })
    const b = await createArticle(ctx.payload, { author: second.user.id }, { publish: true })
    failDeletionOf = second.user.id
    try {
      const response = await api.delete(
        `/api/users?where[id][in]=${first.user.id},${second.user.id}`,
        { token: admin.token },
      )
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.text).not.toMatch(/injected fault|at \w+ \(/)
    } finally {
      failDeletionOf = null
    }
    expect(await accountExists(first.user.id)).toBe(true)
    expect(await accountExists(second.user.id)).toBe(true)
    expect((await authorsOf(a.id)).author).toBe(first.user.id)
    expect((await authorsOf(b.id)).author).toBe(second.user.id)
  })
})

describe('deleting someone else’s account', () => {
  let victim: Member
  let victimArticle: number

  beforeAll(async () => {
    victim = await signUp(ctx, api, 'author')
    victimArticle = (
      await createArticle(ctx.payload, { author: victim.user.id }, { publish: true })
    ).id
  })

  const unchanged = async () => {
    expect(await accountExists(victim.user.id)).toBe(true)
    expect((await authorsOf(victimArticle)).author).toBe(victim.user.id)
  }

  it('anonymously: 403', async () => {
    expect((await api.delete(`/api/users/${victim.user.id}`)).status).toBe(403)
    expect((await api.delete(`/api/users?where[id][equals]=${victim.user.id}`)).status).toBe(403)
    await unchanged()
  })

  it.each<Role>(['reader', 'author', 'editor'])('as a %s over REST: 403', async (role) => {
    const attacker = await signUp(ctx, api, role)
    const response = await api.delete(`/api/users/${victim.user.id}`, { token: attacker.token })
    expect(response.status).toBe(403)
    await unchanged()
  })

  it('as an editor, an admin account: 403', async () => {
    const editor = await signUp(ctx, api, 'editor')
    const response = await api.delete(`/api/users/${admin.user.id}`, { token: editor.token })
    expect(response.status).toBe(403)
    expect(await accountExists(admin.user.id)).toBe(true)
  })

  it('with a bulk delete whose where matches everyone: only the caller’s own account goes', async () => {
    const attacker = await signUp(ctx, api, 'editor')
    const [{ n: before }] = await ctx.sql<{ n: number }>('SELECT count(*)::int AS n FROM users')
    const response = await api.delete<{ docs: { id: number }[] }>(
      '/api/users?where[id][exists]=true',
      { token: attacker.token },
    )
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc) => doc.id)).toEqual([attacker.user.id])
    const [{ n: after }] = await ctx.sql<{ n: number }>('SELECT count(*)::int AS n FROM users')
    expect(after).toBe(before - 1)
    await unchanged()
  })

  it('with a bulk delete aimed at the victim alone: nothing is deleted', async () => {
    const attacker = await signUp(ctx, api, 'author')
    const response = await api.delete<{ docs: unknown[] }>(
      `/api/users?where[id][equals]=${victim.user.id}`,
      { token: attacker.token },
    )
    expect(response.status).toBe(200)
    expect(response.body.docs).toEqual([])
    await unchanged()
  })

  it('over GraphQL, aliases included: 403 for each, nothing deleted', async () => {
    const attacker = await signUp(ctx, api, 'editor')
    const single = await api.graphql(deleteUser, { id: victim.user.id }, attacker.token)
    expect(single.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const aliased = await api.graphql(
      `mutation ($a: Int!, $b: Int!) { a: deleteUser(id: $a) { id } b: deleteUser(id: $b) { id } }`,
      { a: victim.user.id, b: admin.user.id },
      attacker.token,
    )
    expect(aliased.body.errors?.map((error) => error.extensions?.statusCode)).toEqual([403, 403])
    expect(await accountExists(admin.user.id)).toBe(true)
    await unchanged()
  })
})

describe('the last admin', () => {
  /** The two admins left for the last tests. */
  let pair: Member[] = []
  const admins = async () =>
    (await ctx.sql<{ id: number }>(`SELECT id FROM users WHERE role = 'admin' ORDER BY id`)).map(
      (row) => row.id,
    )

  it('a bulk delete of every admin is refused (409) and deletes none', async () => {
    await signUp(ctx, api, 'admin')
    const before = await admins()
    expect(before.length).toBeGreaterThan(1)
    const response = await api.delete<{ errors: { message: string }[] }>(
      '/api/users?where[role][equals]=admin',
      { token: admin.token },
    )
    expect(response.status).toBe(409)
    expect(response.body.errors[0]?.message).toMatch(/last admin/)
    expect(await admins()).toEqual(before)
  })

  it('two admins deleting each other at once leave one of them', async () => {
    const second = await signUp(ctx, api, 'admin')
    pair = [admin, second]
    const others = (await admins()).filter((id) => id !== admin.user.id && id !== second.user.id)
    if (others.length > 0) {
      const cleared = await api.delete(`/api/users?where[id][in]=${others.join(',')}`, {
        token: admin.token,
      })
      expect(cleared.status).toBe(200)
    }
    expect(await admins()).toEqual([admin.user.id, second.user.id])
    const [one, two] = await Promise.all([
      api.delete(`/api/users/${second.user.id}`, { token: admin.token }),
      api.delete(`/api/users/${admin.user.id}`, { token: second.token }),
    ])
    const statuses = [one.status, two.status].sort()
    expect(statuses[0]).toBe(200)
    expect([403, 409]).toContain(statuses[1])
    expect(await admins()).toHaveLength(1)
  })

  it('cannot delete their own account (409)', async () => {
    const [last] = await admins()
    const member = pair.find((candidate) => candidate.user.id === last)
    if (!member) throw new Error('the remaining admin is not one of the pair')
    const response = await api.delete<{ errors: { message: string }[] }>(`/api/users/${last}`, {
      token: member.token,
    })
    expect(response.status).toBe(409)
    expect(response.body.errors[0]?.message).toMatch(/last admin/)
    expect(await admins()).toEqual([last])
  })
})
