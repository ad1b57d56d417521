import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type pg from 'pg'
import { formatNames, type FlattenedField } from 'payload'

import {
  createArticle,
  createBundle,
  createLesson,
  createStory,
  createTag,
} from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { fuzzSeed, runs } from '../helpers/fuzz'
import { statementsDuring, untilDatabaseQuiet } from '../helpers/statements'
import { createFrontendAccount, createTestUser } from '../helpers/users'

// GraphQL is a POST, never served from the response cache: every answer here is computed.
const { ctx, api } = useTestApp()

const callers: Record<string, string | undefined> = { anonymous: undefined }
let draftTitle: string
let liveTitle: string
let editedTitle: string

/** Content tables the direct list reads, and `users` for authors. */
const tables = ['community_articles', 'stories', 'lessons', 'question_bundles', 'tags', 'users']

beforeAll(async () => {
  const authorA = await createTestUser(ctx.payload, 'author')
  const authorB = await createTestUser(ctx.payload, 'author')
  const reader = await createTestUser(ctx.payload, 'reader')
  const editor = await createTestUser(ctx.payload, 'editor')
  const frontend = await createFrontendAccount(ctx.payload)
  callers.authorA = await api.login(authorA.email, authorA.password)
  callers.authorB = await api.login(authorB.email, authorB.password)
  callers.reader = await api.login(reader.email, reader.password)
  callers.editor = await api.login(editor.email, editor.password)
  callers.frontend = frontend.token
  const tag = await createTag(ctx.payload)
  for (const author of [authorA, authorB]) {
    for (const access of ['free', 'premium'] as const) {
      await createArticle(
        ctx.payload,
        { author: author.user.id, access, tags: [tag.id] },
        {
          publish: true,
        },
      )
    }
  }
  const draft = await createArticle(ctx.payload, { author: authorA.user.id })
  draftTitle = String(draft.title)
  const live = await createArticle(ctx.payload, { author: authorB.user.id }, { publish: true })
  liveTitle = String(live.title)
  editedTitle = `${liveTitle} (edited)`
  await ctx.payload.update({
    collection: 'community-articles',
    id: live.id,
    data: { title: editedTitle },
    draft: true,
  })
  await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
  await createStory(ctx.payload, {})
  await createLesson(ctx.payload, { access: 'premium' }, { publish: true })
  await createBundle(ctx.payload, { author: authorA.user.id }, { publish: true })
  // Rows written in the same millisecond have no order of their own: give each its own time, so
  // Payload's answer and the direct one are comparable byte for byte.
  const pool = (ctx.payload.db as unknown as { pool: pg.Pool }).pool
  for (const table of tables) {
    await pool.query(`UPDATE ${table} SET created_at = created_at + id * interval '1 second'`)
  }
})

type Caller = keyof typeof callers

/** Sends `query` as `caller` and returns the answer's text. */
const send = async (query: string, caller: Caller, path = '/api/graphql'): Promise<string> =>
  (await api.request('POST', path, { json: { query }, token: callers[caller] })).text

/** `send`, also returning the statements that read content or accounts meanwhile. */
async function ask(query: string, caller: Caller, path = '/api/graphql') {
  await untilDatabaseQuiet()
  let text = ''
  const statements = await statementsDuring(async () => {
    text = await send(query, caller, path)
  })
  // A signed-in caller's account (by session or API key) is read first to authenticate them.
  const authentication = /users_sessions|api_key_index/
  const reads = statements.filter(
    (sql) => tables.some((table) => sql.includes(table)) && !authentication.test(sql),
  )
  return { text, reads }
}

/** The same list query with `select: true`, which casebook leaves to Payload's resolvers. */
const throughPayload = (query: string): string =>
  query.replace(/^\{ (\w+)(\(([^)]*)\))? /, (_all, root: string, _args, args?: string) =>
    args ? `{ ${root}(${args}, select: true) ` : `{ ${root}(select: true) `,
  )

async function expectSameAsPayload(query: string, caller: Caller) {
  const direct = await ask(query, caller)
  const payload = await ask(throughPayload(query), caller)
  expect(direct.text).toEqual(payload.text)
  return { direct, payload }
}

const bench =
  '{ CommunityArticles(limit: 20) { totalDocs docs { title slug views likes author { name } } } }'

describe('GraphQL lists answered in one statement', () => {
  it("answers a frontend's card list in one statement, byte for byte Payload's answer", async () => {
    for (const caller of Object.keys(callers)) {
      const { direct, payload } = await expectSameAsPayload(bench, caller)
      expect(direct.reads).toHaveLength(1)
      expect(payload.reads.length).toBeGreaterThan(1)
    }
  })

  it("applies each caller's read access: drafts only to their author and staff", async () => {
    const query = '{ CommunityArticles(limit: 100) { docs { title _status } } }'
    const titles = async (caller: Caller) => {
      const { text, reads } = await ask(query, caller)
      expect(reads).toHaveLength(1)
      const docs = (
        JSON.parse(text) as { data: { CommunityArticles: { docs: { title: string }[] } } }
      ).data.CommunityArticles.docs
      return docs.map(({ title }) => title)
    }
    for (const caller of ['anonymous', 'reader', 'frontend', 'authorB'] as const) {
      const seen = await titles(caller)
      expect(seen).not.toContain(draftTitle)
      // A newer draft of a live article stays unseen: lists read the published version.
      expect(seen).toContain(liveTitle)
      expect(seen).not.toContain(editedTitle)
    }
    expect(await titles('authorA')).toContain(draftTitle)
    expect(await titles('editor')).toContain(draftTitle)
  })

  it('shows only public profile fields of authors, and leaves other fields to Payload', async () => {
    for (const caller of ['anonymous', 'authorA', 'editor'] as const) {
      const publicOnly = await expectSameAsPayload(
        '{ Users(limit: 50) { totalDocs docs { id name handle } } }',
        caller,
      )
      expect(publicOnly.direct.reads).toHaveLength(1)
      for (const query of [
        '{ CommunityArticles(limit: 50) { docs { title author { name email role } } } }',
        '{ CommunityArticles(limit: 50) { docs { title author { name createdAt } } } }',
        '{ Users(limit: 50) { docs { name updatedAt } } }',
      ]) {
        const other = await expectSameAsPayload(query, caller)
        expect(other.direct.reads.length).toBeGreaterThan(1)
      }
    }
    // What the profile hides stays hidden: a visitor learns no account's dates.
    const dates = await send('{ Users(limit: 50) { docs { name createdAt } } }', 'anonymous')
    expect(dates).not.toMatch(/"createdAt":"\d/)
  })

  it('leaves premium bodies, tags and computed fields to Payload, which gates them', async () => {
    const { direct } = await expectSameAsPayload(
      '{ CommunityArticles(limit: 50) { docs { title access content locked } } }',
      'reader',
    )
    expect(direct.reads.length).toBeGreaterThan(1)
    await expectSameAsPayload('{ Lessons(limit: 5) { docs { title tags { name } } } }', 'anonymous')
  })

  it('answers as Payload does for odd paging, a draft query string and a wrong operation', async () => {
    for (const args of [
      'limit: 0',
      'limit: -3',
      'limit: 100000',
      'page: 0',
      'page: -1',
      'page: 9',
    ]) {
      await expectSameAsPayload(
        `{ CommunityArticles(${args}) { docs { title } totalDocs totalPages page limit pagingCounter hasNextPage hasPrevPage nextPage prevPage } }`,
        'anonymous',
      )
    }
    const drafts = '{ CommunityArticles(limit: 50) { docs { title } } }'
    const withQuery = await ask(drafts, 'authorA', '/api/graphql?draft=true')
    expect(withQuery.text).toEqual(
      (await ask(throughPayload(drafts), 'authorA', '/api/graphql?draft=true')).text,
    )
    const named = await api.request('POST', '/api/graphql', {
      json: { query: 'query Cards { Tags { docs { name } } }', operationName: 'Other' },
    })
    expect(named.status).toBe(400)
    expect(named.text).not.toContain('docs')
  })
})

interface Root {
  plural: string
  fields: string[]
  relations: Record<string, string[]>
}

const leafTypes = new Set(['text', 'textarea', 'email', 'number', 'checkbox', 'date', 'select'])
const listKeys = [
  'totalDocs',
  'totalPages',
  'page',
  'limit',
  'hasNextPage',
  'hasPrevPage',
  'nextPage',
  'prevPage',
  'pagingCounter',
  'offset',
]

/** Every collection's list field with its data fields, plain or not, for random queries. */
function roots(): Root[] {
  const graphQLName = (slug: string, plural?: string, singular?: string) => {
    const names = formatNames(slug)
    const one = singular ?? names.singular
    const many = plural ?? names.plural
    return one === many ? `all${one}` : many
  }
  return ctx.payload.config.collections
    .filter(({ graphQL, slug }) => graphQL !== false && !slug.startsWith('payload-'))
    .map((config) => {
      const visible = (field: FlattenedField) =>
        !('hidden' in field && field.hidden) && /^[A-Za-z_]\w*$/.test(field.name)
      const fields = config.flattenedFields.filter(
        (field) => visible(field) && (leafTypes.has(field.type) || field.type === 'json'),
      )
      const relations: Record<string, string[]> = {}
      for (const field of config.flattenedFields) {
        if (field.type !== 'relationship' || field.hasMany || !visible(field)) continue
        if (typeof field.relationTo !== 'string') continue
        relations[field.name] =
          field.relationTo === 'users'
            ? ['id', 'name', 'handle', 'email', 'createdAt', 'role']
            : ['id', 'createdAt']
      }
      const names: { pluralName?: string; singularName?: string } =
        typeof config.graphQL === 'object' ? config.graphQL : {}
      return {
        plural: graphQLName(config.slug, names.pluralName, names.singularName),
        fields: ['id', ...fields.map(({ name }) => name)],
        relations,
      }
    })
}

const queryOf = fc.constant(null).chain(() => {
  const all = roots()
  return fc
    .record({
      root: fc.constantFrom(...all),
      limit: fc.constantFrom(undefined, 0, 1, 2, 3, 10, 500),
      page: fc.constantFrom(undefined, 1, 2, 4),
      keys: fc.subarray(listKeys, { minLength: 0 }),
      seed: fc.integer(),
    })
    .chain(({ root, limit, page, keys, seed }) =>
      fc
        .record({
          fields: fc.subarray(root.fields, { minLength: 1 }),
          relation: fc.option(fc.constantFrom(...Object.keys(root.relations), ''), { nil: '' }),
        })
        .map(({ fields, relation }) => {
          const related = relation ? (root.relations[relation] ?? []) : []
          const inner = relation
            ? ` ${relation} { ${related.slice(0, 1 + (Math.abs(seed) % related.length)).join(' ')} }`
            : ''
          const args = [
            limit === undefined ? '' : `limit: ${limit}`,
            page === undefined ? '' : `page: ${page}`,
          ]
            .filter(Boolean)
            .join(', ')
          return `{ ${root.plural}${args ? `(${args})` : ''} { ${keys.join(' ')} docs { ${fields.join(' ')}${inner} } } }`
        }),
    )
})

describe('GraphQL lists: any plain query answers as Payload would', () => {
  it('gives every caller the same bytes as Payload for random list queries', async () => {
    let direct = 0
    const numRuns = runs(150)
    await fc.assert(
      fc.asyncProperty(queryOf, fc.constantFrom(...Object.keys(callers)), async (query, caller) => {
        let answer = ''
        const statements = await statementsDuring(async () => {
          answer = await send(query, caller)
        })
        if (statements.some((sql) => sql.includes('casebook_row'))) direct += 1
        expect(answer).toEqual(await send(throughPayload(query), caller))
      }),
      { seed: fuzzSeed, numRuns },
    )
    // The property is about the direct answers: a fair share of the queries must have had one.
    expect(direct).toBeGreaterThan(numRuns / 5)
  })
})
