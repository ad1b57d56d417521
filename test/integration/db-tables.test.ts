import { describe, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { contentCollections } from '../../src/content/registry'
import { relationsTableOf, tableOf, versionsTableOf } from '../../src/db/tables'

const { ctx } = useTestApp({ server: false })

const columnsOf = async (table: string): Promise<string[]> =>
  (
    await ctx.sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1`,
      [table],
    )
  ).map((row) => row.column_name)

describe('table names casebook writes SQL against', () => {
  it.each(contentCollections)('match the tables Payload created for %s', async (slug) => {
    const tables = (ctx.payload.db as unknown as { tables: Record<string, unknown> }).tables
    expect(Object.keys(tables)).toEqual(
      expect.arrayContaining([tableOf(slug), relationsTableOf(slug), versionsTableOf(slug)]),
    )
    expect(await columnsOf(tableOf(slug))).toEqual(
      expect.arrayContaining(['id', '_status', 'views', 'likes', 'published_at']),
    )
    expect(await columnsOf(relationsTableOf(slug))).toEqual(
      expect.arrayContaining(['parent_id', 'path', 'tags_id']),
    )
  })
})
