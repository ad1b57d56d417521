import { describe, expect, it } from '@jest/globals'
import type { SanitizedCollectionConfig } from 'payload'

import { accessCondition, conditionSQL } from '../../src/graphql/directList/condition'
import type { CollectionTarget } from '../../src/graphql/directList/targets'

const target: CollectionTarget = {
  slug: 'community-articles',
  table: 'community_articles',
  config: {} as SanitizedCollectionConfig,
  createdAt: 'created_at',
  columns: { id: 'id', _status: '_status', title: 'title' },
  relations: { author: { column: 'author_id', relationTo: 'users' } },
}

/** The SQL and values of an access result, or `undefined` when it is left to Payload. */
const sqlOf = (access: unknown) => {
  const condition = accessCondition(target, access)
  if (!condition) return undefined
  const values: unknown[] = []
  return { sql: conditionSQL(condition, 'd', values), values }
}

describe('read access as SQL for direct lists', () => {
  it('writes true, false, equals, and/or on columns and has-one relationships', () => {
    expect(sqlOf(true)).toEqual({ sql: 'TRUE', values: [] })
    expect(sqlOf(false)).toEqual({ sql: 'FALSE', values: [] })
    expect(sqlOf({ _status: { equals: 'published' } })).toEqual({
      sql: 'd."_status" = $1',
      values: ['published'],
    })
    expect(
      sqlOf({ or: [{ _status: { equals: 'published' } }, { author: { equals: 7 } }] }),
    ).toEqual({ sql: '(d."_status" = $1 OR d."author_id" = $2)', values: ['published', 7] })
    // Several keys in one object are all required, as Payload reads them.
    expect(sqlOf({ _status: { equals: 'published' }, title: { equals: 'x' } })).toEqual({
      sql: '(d."_status" = $1 AND d."title" = $2)',
      values: ['published', 'x'],
    })
  })

  it('leaves every other shape to Payload rather than guess', () => {
    const unsupported: unknown[] = [
      undefined,
      null,
      'yes',
      [],
      {},
      { and: [] },
      { or: [{}] },
      { _status: { not_equals: 'draft' } },
      { _status: { equals: 'published', exists: true } },
      { _status: { equals: null } },
      { _status: { equals: ['published'] } },
      { _status: { equals: Number.NaN } },
      { 'version.author': { equals: 1 } },
      { author: { in: [1, 2] } },
      { content: { equals: 'x' } },
      { and: [{ _status: { equals: 'published' } }, { body: { like: 'x' } }] },
    ]
    for (const access of unsupported) expect(sqlOf(access)).toBeUndefined()
  })

  it('quotes identifiers, so a column name cannot end the statement', () => {
    const odd: CollectionTarget = { ...target, columns: { weird: 'we"ird' } }
    const values: unknown[] = []
    const condition = accessCondition(odd, { weird: { equals: 1 } })
    expect(condition && conditionSQL(condition, 'd', values)).toBe('d."we""ird" = $1')
  })
})
