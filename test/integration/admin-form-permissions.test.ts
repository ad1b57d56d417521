import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, docAccessOperation, type CollectionSlug } from 'payload'

import { createArticle, createBundle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { review, signUp, type Member } from '../helpers/review'
import { lexicalParagraphs } from '../../src/content/lexical'

const { ctx, api } = useTestApp()

/**
 * What the admin shows: Payload builds the edit form from `docAccessOperation` (the edit view
 * passes the document, the create view only `{ _status: 'draft' }`, and after each save the form
 * refreshes through `POST /api/{collection}/access/{id}` with the form's data). A field whose read
 * permission is false there is not in the form. Authors must see and edit the bodies they own;
 * readers who are not entitled must not be told a premium body is readable.
 */

let author: Member
let otherAuthor: Member
let reader: Member
let editor: Member

beforeAll(async () => {
  author = await signUp(ctx, api, 'author')
  otherAuthor = await signUp(ctx, api, 'author')
  reader = await signUp(ctx, api, 'reader')
  editor = await signUp(ctx, api, 'editor')
})

type Permissions = Record<string, unknown> | true | undefined

/** `permissions.fields[path...][operation]`, following Payload's sanitized shape (true = all). */
function allows(fields: Permissions, path: string[], operation: 'read' | 'update' | 'create') {
  let node: unknown = fields
  for (const segment of path) {
    if (node === true) return true
    node = (node as Record<string, unknown> | undefined)?.[segment]
    if (node && typeof node === 'object' && 'fields' in node && segment !== path.at(-1)) {
      node = (node as { fields: unknown }).fields
    }
  }
  if (node === true) return true
  const permission = (node as Record<string, { permission?: boolean } | boolean> | undefined)?.[
    operation
  ]
  return permission === true || (typeof permission === 'object' && permission.permission === true)
}

async function formPermissions(
  member: Member,
  collection: CollectionSlug,
  id: number | undefined,
  data: Record<string, unknown>,
) {
  const req = await createLocalReq(
    { user: { ...member.user, collection: 'users' } as never },
    ctx.payload,
  )
  return docAccessOperation({
    id,
    collection: ctx.payload.collections[collection],
    data: { ...data, _status: 'draft' },
    req,
  })
}

describe('the admin form of an author', () => {
  it('shows the body of a new document as readable and creatable', async () => {
    for (const collection of ['community-articles', 'question-bundles'] as const) {
      const permissions = await formPermissions(author, collection, undefined, {})
      const body = collection === 'community-articles' ? ['content'] : ['questions', 'solution']
      expect([collection, allows(permissions.fields, body, 'read')]).toEqual([collection, true])
      expect([collection, allows(permissions.fields, body, 'create')]).toEqual([collection, true])
    }
  })

  it('shows the body of their own premium draft as readable and updatable', async () => {
    const article = await createArticle(ctx.payload, {
      author: author.user.id,
      access: 'premium',
    })
    const bundle = await createBundle(ctx.payload, { author: author.user.id, access: 'premium' })
    const cases = [
      ['community-articles', article.id, ['content']],
      ['question-bundles', bundle.id, ['questions', 'solution']],
    ] as const
    for (const [collection, id, body] of cases) {
      const doc = await ctx.payload.findByID({ collection, id, draft: true, depth: 0 })
      const editView = await formPermissions(author, collection, id, doc as never)
      expect([collection, allows(editView.fields, [...body], 'read')]).toEqual([collection, true])
      expect([collection, allows(editView.fields, [...body], 'update')]).toEqual([collection, true])

      // The form's refresh after a save posts the form's data to the access endpoint.
      const refresh = await api.post<{ fields: Permissions }>(`/api/${collection}/access/${id}`, {
        token: author.token,
        json: { _status: 'draft' },
      })
      expect(refresh.status).toBe(200)
      expect([collection, allows(refresh.body.fields, [...body], 'read')]).toEqual([
        collection,
        true,
      ])
      expect([collection, allows(refresh.body.fields, [...body], 'update')]).toEqual([
        collection,
        true,
      ])
    }
  })

  it('does not report a premium body readable to readers who are not entitled', async () => {
    const live = await createArticle(
      ctx.payload,
      { author: author.user.id, access: 'premium' },
      { publish: true },
    )
    const cases: [Member, boolean][] = [
      [reader, false],
      [otherAuthor, false],
      [author, true],
      [editor, true],
    ]
    for (const [member, readable] of cases) {
      const response = await api.post<{ fields: Permissions }>(
        `/api/community-articles/access/${live.id}`,
        // Client data cannot talk the check into it: the stored document decides.
        { token: member.token, json: { access: 'free', author: member.user.id } },
      )
      expect(response.status).toBe(200)
      expect([member.user.role, allows(response.body.fields, ['content'], 'read')]).toEqual([
        member.user.role,
        readable,
      ])
    }
    // And the body itself stays locked for them.
    const read = await api.get<{ content: unknown; locked: boolean }>(
      `/api/community-articles/${live.id}`,
      { token: otherAuthor.token },
    )
    expect(read.status).toBe(200)
    expect([read.body.content, read.body.locked]).toEqual([null, true])
  })

  it("puts the body in the form state of a new document and of their own draft, not another's", async () => {
    // The form state (what the edit view renders) asks the field's read access with the form's
    // sibling data and no document, as @payloadcms/ui's addFieldStatePromise does.
    const field = ctx.payload.collections['community-articles'].config.fields.find(
      (candidate) => 'name' in candidate && candidate.name === 'content',
    )
    const read = field && 'access' in field ? field.access?.read : undefined
    if (!read) throw new Error('content has no read access')
    const own = await createArticle(ctx.payload, { author: author.user.id, access: 'premium' })
    const formState = async (member: Member, id: number | undefined) => {
      const req = await createLocalReq(
        { user: { ...member.user, collection: 'users' } as never },
        ctx.payload,
      )
      return read({ id, data: {}, req, siblingData: {} })
    }
    expect(await formState(author, undefined)).toBe(true)
    expect(await formState(author, own.id)).toBe(true)
    expect(await formState(otherAuthor, own.id)).toBe(false)
    expect(await formState(reader, undefined)).toBe(false)
  })

  it('refuses filtering on the body it shows them (400)', async () => {
    const response = await api.get(`/api/community-articles?where[content][exists]=true`, {
      token: author.token,
    })
    expect(response.status).toBe(400)
  })
})

describe('submit and publish check the document as if it were going live', () => {
  it('an article without a body cannot be submitted (400 naming content)', async () => {
    const created = await api.post<{ doc: { id: number } }>('/api/community-articles?draft=true', {
      token: author.token,
      json: { title: 'No body yet', summary: 'Soon.' },
    })
    expect(created.status).toBe(201)
    const { id } = created.body.doc
    const refused = await review(api, author.token, 'community-articles', id, { action: 'submit' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toContain('content')
    const [row] = await ctx.sql<{ review_status: string }>(
      'SELECT review_status FROM community_articles WHERE id = $1',
      [id],
    )
    expect(row.review_status).toBe('draft')

    const edit = await api.patch(`/api/community-articles/${id}`, {
      token: author.token,
      json: { content: lexicalParagraphs('Now it has a body.') },
    })
    expect(edit.status).toBe(200)
    const accepted = await review(api, author.token, 'community-articles', id, {
      action: 'submit',
    })
    expect(accepted.status).toBe(200)
  })

  it('an empty body (one blank paragraph) counts as missing', async () => {
    const created = await api.post<{ doc: { id: number } }>('/api/community-articles?draft=true', {
      token: author.token,
      json: { title: 'Blank', summary: 'Blank.', content: lexicalParagraphs('') },
    })
    expect(created.status).toBe(201)
    const refused = await review(api, author.token, 'community-articles', created.body.doc.id, {
      action: 'submit',
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toContain('content')
  })

  it('a bundle without questions cannot be submitted (400 naming questions)', async () => {
    const created = await api.post<{ doc: { id: number } }>('/api/question-bundles?draft=true', {
      token: author.token,
      json: { title: 'Questions later', summary: 'Soon.', language: 'Python' },
    })
    expect(created.status).toBe(201)
    const refused = await review(api, author.token, 'question-bundles', created.body.doc.id, {
      action: 'submit',
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toContain('questions')
  })

  it('an article saved without a summary (as typed clients may) cannot be submitted until it has one', async () => {
    const created = await api.post<{ doc: { id: number } }>('/api/community-articles', {
      token: author.token,
      json: { title: 'Summary later', kind: 'article', content: lexicalParagraphs('Body.') },
    })
    expect(created.status).toBe(201)
    const { id } = created.body.doc
    const refused = await review(api, author.token, 'community-articles', id, { action: 'submit' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toContain('summary')
    const edit = await api.patch(`/api/community-articles/${id}`, {
      token: author.token,
      json: { summary: 'Now it has one.' },
    })
    expect(edit.status).toBe(200)
    const accepted = await review(api, author.token, 'community-articles', id, {
      action: 'submit',
    })
    expect(accepted.status).toBe(200)
  })

  it("an editor's own story without a summary cannot be published (400 naming summary)", async () => {
    const created = await api.post<{ doc: { id: number } }>('/api/stories?draft=true', {
      token: editor.token,
      json: { title: 'Outage', content: lexicalParagraphs('It broke.') },
    })
    expect(created.status).toBe(201)
    const refused = await review(api, editor.token, 'stories', created.body.doc.id, {
      action: 'publish',
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toContain('summary')
    const [row] = await ctx.sql<{ status: string }>(
      'SELECT _status AS status FROM stories WHERE id = $1',
      [created.body.doc.id],
    )
    expect(row.status).toBe('draft')
  })
})
