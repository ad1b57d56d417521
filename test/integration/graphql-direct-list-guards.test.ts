import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { GraphQLObjectType } from 'graphql'
import {
  Forbidden,
  type CollectionBeforeOperationHook,
  type Payload,
  type SanitizedConfig,
} from 'payload'

import { graphQLHandler } from '../../src/graphql/handler'
import { casebookPlugin } from '../../src/plugin'
import { startOwnConfig, type OwnConfig } from '../helpers/ownConfig'
import { statementsDuring } from '../helpers/statements'

/**
 * What a host's own config may do that a list read in one statement must not skip: a hook that
 * narrows a read by editing its query in place, a hook that refuses it, and a host resolver in
 * place of Payload's list query. Each is a config of its own, so this file builds one.
 */

let own: OwnConfig
let payload: Payload
let config: SanitizedConfig

/** Narrows every read, editing the arguments it was given rather than returning new ones. */
const hideHidden: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const where = (args as { where?: Record<string, unknown> }).where
  const visible = { title: { not_equals: 'hidden' } }
  if (where) where.and = [...((where.and as unknown[]) ?? []), visible]
  else (args as { where?: unknown }).where = visible
  return args
}

/** Orders every read by title, editing the arguments in place. */
const sortByTitle: CollectionBeforeOperationHook = ({ args }) => {
  ;(args as { sort?: unknown }).sort = 'title'
  return args
}

const refuseEveryone: CollectionBeforeOperationHook = ({ operation }) => {
  if (operation === 'read') throw new Forbidden()
}

beforeAll(async () => {
  own = await startOwnConfig('direct_guards', {
    collections: [
      {
        slug: 'members',
        auth: true,
        access: { read: () => true },
        fields: [{ name: 'kind', type: 'text' }],
      },
      {
        slug: 'owners',
        access: { read: () => true },
        hooks: { beforeOperation: [hideHidden] },
        fields: [{ name: 'title', type: 'text' }],
      },
      {
        slug: 'notes',
        access: { read: () => true },
        hooks: { beforeOperation: [hideHidden] },
        fields: [
          { name: 'title', type: 'text' },
          { name: 'owner', type: 'relationship', relationTo: 'owners' as never },
        ],
      },
      {
        slug: 'cards',
        access: { read: () => true },
        fields: [
          { name: 'title', type: 'text' },
          { name: 'owner', type: 'relationship', relationTo: 'owners' as never },
        ],
      },
      {
        slug: 'letters',
        access: { read: () => true },
        hooks: { beforeOperation: [sortByTitle] },
        fields: [{ name: 'title', type: 'text' }],
      },
      {
        slug: 'vaults',
        access: { read: () => true },
        hooks: { beforeOperation: [refuseEveryone] },
        fields: [{ name: 'title', type: 'text' }],
      },
      {
        slug: 'bookmarks',
        access: { read: () => true },
        fields: [{ name: 'title', type: 'text' }],
      },
    ],
    graphQL: {
      queries: (_graphQL, { collections }) => ({
        Bookmarks: {
          type: collections.bookmarks?.graphQL?.paginatedType as GraphQLObjectType,
          resolve: () => ({ docs: [{ title: 'from the host' }], totalDocs: 1 }),
        },
      }),
    },
    plugins: [
      casebookPlugin({
        users: 'members',
        roleOf: () => 'reader',
        isPremium: () => false,
        staffWhere: { kind: { equals: 'staff' } },
      }),
    ],
  })
  ;({ payload, config } = own)
  const visible = await payload.create({
    collection: 'owners' as never,
    data: { title: 'seen' } as never,
  })
  const hidden = await payload.create({
    collection: 'owners' as never,
    data: { title: 'hidden' } as never,
  })
  for (const collection of ['notes', 'cards']) {
    for (const [title, owner] of [
      ['seen', visible],
      ['hidden', hidden],
      ['owned by hidden', hidden],
    ] as const) {
      await payload.create({
        collection: collection as never,
        data: { title, owner: (owner as { id: number }).id } as never,
      })
    }
  }
  for (const title of ['b', 'a', 'c']) {
    await payload.create({ collection: 'letters' as never, data: { title } as never })
  }
  await payload.create({ collection: 'vaults' as never, data: { title: 'locked' } as never })
  await payload.create({ collection: 'bookmarks' as never, data: { title: 'stored' } as never })
})

afterAll(async () => {
  await own?.close()
})

/** Runs `query` anonymously through casebook's GraphQL handler; returns the answer and SQL. */
async function graphql(query: string) {
  const handle = graphQLHandler(config)
  let body: { data?: Record<string, { docs: unknown[] }>; errors?: unknown[] } = {}
  const statements = await statementsDuring(async () => {
    const response = await handle(
      new Request('http://casebook.test/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
    body = (await response.json()) as typeof body
  })
  return { body, direct: statements.some((sql) => sql.includes('casebook_row')) }
}

describe('a list read in one statement keeps what the host configured', () => {
  it('reads a plain list directly', async () => {
    const { body, direct } = await graphql('{ Members { docs { id } } }')
    expect(direct).toBe(true)
    expect(body.errors).toBeUndefined()
  })

  it('leaves a list to Payload when a hook narrows the query in place', async () => {
    const { body, direct } = await graphql('{ Notes(limit: 10) { docs { title } } }')
    expect(direct).toBe(false)
    expect(body.data?.Notes.docs).toEqual([{ title: 'owned by hidden' }, { title: 'seen' }])
  })

  it("leaves a relationship to Payload when the related collection's hook narrows it", async () => {
    const plain = await graphql('{ Cards(limit: 10) { docs { title } } }')
    expect(plain.direct).toBe(true)
    const { body, direct } = await graphql(
      '{ Cards(limit: 10) { docs { title owner { title } } } }',
    )
    expect(direct).toBe(false)
    expect(body.data?.Cards.docs).toEqual([
      { title: 'owned by hidden', owner: null },
      { title: 'hidden', owner: null },
      { title: 'seen', owner: { title: 'seen' } },
    ])
  })

  it('leaves a list to Payload when a hook changes its order in place', async () => {
    const { body, direct } = await graphql('{ Letters { docs { title } } }')
    expect(direct).toBe(false)
    expect(body.data?.Letters.docs).toEqual([{ title: 'a' }, { title: 'b' }, { title: 'c' }])
  })

  it('refuses as Payload refuses when a hook throws', async () => {
    const { body, direct } = await graphql('{ Vaults { docs { title } } }')
    expect(direct).toBe(false)
    expect(body.data?.Vaults ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).toContain('403')
  })

  it("answers with the host's resolver where the host replaced Payload's list query", async () => {
    const { body, direct } = await graphql('{ Bookmarks { totalDocs docs { title } } }')
    expect(direct).toBe(false)
    expect(body.data?.Bookmarks).toEqual({ totalDocs: 1, docs: [{ title: 'from the host' }] })
  })
})
