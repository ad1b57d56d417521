import { describe, expect, it } from '@jest/globals'

import { seedOnFirstStart } from '../../src/seed/firstStart'
import { useTestApp } from '../helpers/fixture'
import { snapshotTables } from '../helpers/snapshot'

// A database of its own that nothing is ever seeded into (seed-idempotence.test.ts seeds its own).
const { ctx } = useTestApp({ server: false })

const count = async (table: string): Promise<number> =>
  (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n

describe('the seed on the first start of an empty database', () => {
  it('is skipped when SEED_ON_FIRST_START=false: nothing is written anywhere', async () => {
    expect(await count('tags')).toBe(0)
    expect(await count('stories')).toBe(0)
    const before = await snapshotTables(ctx)
    process.env.SEED_ON_FIRST_START = 'false'
    try {
      expect(await seedOnFirstStart(ctx.payload)).toBeNull()
    } finally {
      delete process.env.SEED_ON_FIRST_START
    }
    expect(await snapshotTables(ctx)).toEqual(before)
  })
})
