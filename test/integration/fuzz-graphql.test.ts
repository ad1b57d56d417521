import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { createStory, createTag } from '../helpers/content'
import {
  checkResponse,
  fieldName,
  fuzzCases,
  fuzzSeed,
  jsonBody,
  nastyText,
  rowCounts,
  runs,
} from '../helpers/fuzz'
import { useTestApp } from '../helpers/fixture'
import { apiClient, rawRequest } from '../helpers/http'
import { createTestUser } from '../helpers/users'

const { ctx, server } = useTestApp()

let readerToken: string

beforeAll(async () => {
  const reader = await createTestUser(ctx.payload, 'reader')
  readerToken = await apiClient(server.url).login(reader.email, reader.password)
  const tag = await createTag(ctx.payload)
  await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
})

afterAll(async () => {
  console.info(`GraphQL fuzz: ${fuzzCases.count} cases, seed ${fuzzSeed}`)
})

/** [singular, plural] root fields of every collection GraphQL serves. */
const roots: [string, string][] = [
  ['User', 'Users'],
  ['Media', 'allMedia'],
  ['Tag', 'Tags'],
  ['Story', 'Stories'],
  ['Lesson', 'Lessons'],
  ['CommunityArticle', 'CommunityArticles'],
  ['QuestionBundle', 'QuestionBundles'],
  ['Rating', 'Ratings'],
  ['Like', 'Likes'],
  ['ReviewEvent', 'ReviewEvents'],
  ['PayloadLockedDocument', 'PayloadLockedDocuments'],
  ['PayloadPreference', 'PayloadPreferences'],
  ['PayloadJob', 'PayloadJobs'],
  ['PayloadKv', 'PayloadKvs'],
]
const versioned = ['Story', 'Lesson', 'CommunityArticle', 'QuestionBundle']

/** A GraphQL literal of any JSON value (object keys unquoted), strings escaped as JSON does. */
const literal = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).map(
      ([key, item]) => `${key.replace(/\W/g, '_') || '_'}: ${literal(item)}`,
    )
    return `{ ${fields.join(', ')} }`
  }
  return JSON.stringify(value ?? null)
}

const whereLiteral = fc
  .array(
    fc.tuple(
      fieldName.map((name) => name.replace(/\./g, '__')),
      fc.constantFrom('equals', 'in', 'not_equals', 'like', 'exists', 'greater_than', 'near'),
      fc.oneof(nastyText, fc.integer(), fc.array(nastyText, { maxLength: 3 })),
    ),
    { maxLength: 3 },
  )
  .map((conditions) =>
    literal(Object.fromEntries(conditions.map(([field, op, value]) => [field, { [op]: value }]))),
  )

const intArg = fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 2147483647, -2147483648))
const idArg = fc.oneof(fc.constantFrom(1, 2, 3), fc.integer(), nastyText)

const root = fc.constantFrom(...roots)

const operations: [
  string,
  fc.Arbitrary<{ query: string; variables?: Record<string, unknown> }>,
  number,
][] = [
  [
    'lists with malformed where/sort/paging',
    fc
      .tuple(root, whereLiteral, fc.oneof(fieldName, nastyText), intArg, intArg)
      .map(([[, plural], where, sort, page, limit]) => ({
        query: `{ ${plural}(where: ${where}, sort: ${JSON.stringify(sort)}, page: ${page}, limit: ${limit}) { totalDocs docs { id } } }`,
      })),
    80,
  ],
  [
    'by id, versions, doc access, counts',
    fc
      .tuple(root, idArg, fc.constantFrom('byID', 'version', 'versions', 'docAccess', 'count'))
      .map(([[singular, plural], id, kind]) => {
        const idLiteral = JSON.stringify(id)
        if (kind === 'version' && versioned.includes(singular))
          return { query: `{ version${singular}(id: ${idLiteral}) { id } }` }
        if (kind === 'versions' && versioned.includes(singular))
          return {
            query: `{ versions${plural}(where: { parent: { equals: ${idLiteral} } }) { totalDocs } }`,
          }
        if (kind === 'docAccess')
          return { query: `{ docAccess${singular}(id: ${idLiteral}) { __typename } }` }
        if (kind === 'count') return { query: `{ count${plural} { totalDocs } }` }
        return { query: `{ ${singular}(id: ${idLiteral}) { id } }` }
      }),
    60,
  ],
  [
    'create, update, delete, duplicate, restore with malformed data',
    fc
      .tuple(
        root,
        idArg,
        jsonBody,
        fc.constantFrom('create', 'update', 'delete', 'duplicate', 'restoreVersion'),
      )
      .map(([[singular], id, data, kind]) => {
        const dataLiteral = literal(
          data && typeof data === 'object' && !Array.isArray(data) ? data : { value: data },
        )
        const idLiteral = JSON.stringify(id)
        if (kind === 'create')
          return { query: `mutation { create${singular}(data: ${dataLiteral}) { id } }` }
        if (kind === 'update')
          return {
            query: `mutation { update${singular}(id: ${idLiteral}, data: ${dataLiteral}) { id } }`,
          }
        return { query: `mutation { ${kind}${singular}(id: ${idLiteral}) { id } }` }
      }),
    80,
  ],
  [
    'auth mutations, review, tag page, with nasty arguments and variables',
    fc
      .tuple(
        nastyText,
        nastyText,
        idArg,
        fc.constantFrom('login', 'forgot', 'reset', 'review', 'tagPage', 'unlock'),
      )
      .map(([a, b, id, kind]) => {
        const [x, y] = [JSON.stringify(a), JSON.stringify(b)]
        const variables = { a, b }
        if (kind === 'login')
          return {
            query:
              'mutation ($a: String!, $b: String!) { loginUser(email: $a, password: $b) { token } }',
            variables,
          }
        if (kind === 'forgot') return { query: `mutation { forgotPasswordUser(email: ${x}) }` }
        if (kind === 'reset')
          return { query: `mutation { resetPasswordUser(token: ${x}, password: ${y}) { token } }` }
        if (kind === 'unlock') return { query: `mutation { unlockUser(email: ${x}) }` }
        if (kind === 'review')
          return {
            query: `mutation { review(collection: ${x}, id: ${typeof id === 'number' ? id : 1}, action: ${y}) { to } }`,
          }
        return {
          query: '{ TagPage(slug: $a) { tag { name } } }'.replace(
            '{ TagPage',
            'query ($a: String!) { TagPage',
          ),
          variables,
        }
      }),
    60,
  ],
  [
    'malformed documents and bodies',
    fc.oneof(
      fc.string({ maxLength: 60 }).map((query) => ({ query })),
      nastyText.map((query) => ({
        query: `{ Stories(sort: ${JSON.stringify(query)}) { totalDocs } }`,
      })),
      fc.constant({
        query: '{ Stories { docs { id } } }',
        variables: 'not-an-object' as unknown as Record<string, unknown>,
      }),
      fc.constant({ query: '{ __schema { types { name } } }' }),
    ),
    50,
  ],
]

describe('GraphQL fuzz: no 5xx, no stack trace, no statusCode 500, no rows changed by refusals', () => {
  it.each(operations)('%s', async (_name, cases, base) => {
    await fc.assert(
      fc.asyncProperty(cases, fc.boolean(), async (body, asReader) => {
        fuzzCases.count += 1
        const isMutation = body.query.trim().startsWith('mutation')
        const before = isMutation ? await rowCounts(ctx) : null
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (asReader) headers.authorization = `JWT ${readerToken}`
        const response = await rawRequest(server.url, 'POST', '/api/graphql', {
          headers,
          body: JSON.stringify(body),
        })
        checkResponse(response.status, response.body, `GraphQL ${body.query}`)
        const parsed = JSON.parse(response.body) as {
          data?: Record<string, unknown> | null
          errors?: { extensions?: { statusCode?: number } }[]
        }
        const codes = (parsed.errors ?? []).map((error) => error.extensions?.statusCode ?? 400)
        expect(codes.filter((code) => code >= 500)).toEqual([])
        const refused = response.status >= 400 || codes.length > 0
        if (before && refused) expect(await rowCounts(ctx)).toEqual(before)
      }),
      { seed: fuzzSeed, numRuns: runs(base) },
    )
  })
})
