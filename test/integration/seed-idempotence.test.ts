import { beforeAll, describe, expect, it } from '@jest/globals'

import { seedCommunity } from '../../src/seed/data/community'
import { seedLessons } from '../../src/seed/data/lessons'
import { seedStories } from '../../src/seed/data/stories'
import { seedTags } from '../../src/seed/data/tags'
import { seedOnFirstStart } from '../../src/seed/firstStart'
import { seed, writesOf, type SeedReport } from '../../src/seed/index'
import { seedAccounts } from '../../src/seed/plan'
import { useTestApp } from '../helpers/fixture'
import { snapshotTables } from '../helpers/snapshot'

const { ctx } = useTestApp({ server: false })

const count = async (table: string): Promise<number> =>
  (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
const engaged = [...seedStories, ...seedLessons, ...seedCommunity]

// The first start of this file's fresh, empty database loads the seed; every test below stands
// on that seeded database and leaves it as seeded. (Skipping the seed on an empty database is
// seed-first-start.test.ts: it needs a database nothing was seeded into.)
describe('the seed, loaded on the first start of an empty database', () => {
  let firstStart: SeedReport | null

  beforeAll(async () => {
    firstStart = await seedOnFirstStart(ctx.payload)
  })

  it('loads everything: tags, accounts, content, ratings and likes', async () => {
    expect(firstStart).not.toBeNull()
    // Tag counts and engagement aggregates are right within the seed's own transaction.
    expect(firstStart?.reconciled).toBe(0)
    expect(await count('tags')).toBe(seedTags.length)
    expect(await count('users')).toBe(seedAccounts.length)
    expect(await count('stories')).toBe(9)
    expect(await count('lessons')).toBe(4)
    expect(await count('community_articles')).toBe(16)
    expect(await count('question_bundles')).toBe(2)
    expect(await count('ratings')).toBe(sum(seedCommunity.map((item) => item.ratings.length)))
    expect(await count('likes')).toBe(sum(engaged.map((item) => item.likes)))
    // Without SEED_PASSWORD every account still has a (random) password, and a seed address.
    const accounts = await ctx.sql<{ email: string; hash: string | null }>(
      'SELECT email, hash FROM users',
    )
    expect(
      accounts.filter((a) => !a.hash || !a.email.endsWith('@seed.casebook.localhost')),
    ).toEqual([])
  })

  it('changes nothing when run again: every table, row and updatedAt stays as it was', async () => {
    const before = await snapshotTables(ctx)
    const report = await seed(ctx.payload)
    expect(await snapshotTables(ctx)).toEqual(before)
    expect(writesOf(report)).toBe(0)
    expect(await seedOnFirstStart(ctx.payload)).toBeNull()
  })

  it('puts back what drifted: a title, a view count, a like and a rating score', async () => {
    const [story] = await ctx.sql<{ id: number }>(`SELECT id FROM stories WHERE slug = $1`, [
      seedStories[0].slug,
    ])
    await ctx.sql(`UPDATE stories SET title = 'Edited', views = 1 WHERE id = $1`, [story.id])
    await ctx.sql(`DELETE FROM likes WHERE id = (SELECT min(id) FROM likes)`)
    await ctx.sql(`UPDATE ratings SET score = 6 - score WHERE id = (SELECT min(id) FROM ratings)`)

    const report = await seed(ctx.payload)
    expect(report.tallies.stories.updated).toBe(1)
    expect(report.tallies.views.updated).toBe(1)
    expect(report.tallies.likes.created).toBe(1)
    expect(report.tallies.ratings.updated).toBe(1)
    const [restored] = await ctx.sql<{ title: string; views: number }>(
      `SELECT title, views::int AS views FROM stories WHERE id = $1`,
      [story.id],
    )
    expect(restored).toEqual({ title: seedStories[0].title, views: seedStories[0].views })
    expect(await count('likes')).toBe(sum(engaged.map((item) => item.likes)))

    const settled = await snapshotTables(ctx)
    expect(writesOf(await seed(ctx.payload))).toBe(0)
    expect(await snapshotTables(ctx)).toEqual(settled)
  })
})
