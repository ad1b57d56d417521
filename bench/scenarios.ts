import type pg from 'pg'

import { createStory, createTag } from '../test/helpers/content'
import type { TestPayload } from '../test/helpers/payload'
import { expectStatus } from './measure'

export interface BenchContext {
  ctx: TestPayload
  baseURL: string
  /** A plain pg pool on the same database, for baselines. */
  pool: pg.Pool
}

export interface PreparedScenario {
  subject: (index: number) => Promise<void>
  baseline: (index: number) => Promise<void>
  /** Checks after the runs that the work really happened (counts, totals). */
  verify?: () => Promise<void>
}

export interface Scenario {
  name: string
  baselineName: string
  prepare: (bench: BenchContext) => Promise<PreparedScenario>
}

const storiesList: Scenario = {
  name: 'GET /api/stories?limit=20 (anonymous)',
  baselineName: 'SELECT the same 20 rows',
  prepare: async ({ ctx, baseURL, pool }) => {
    const tag = await createTag(ctx.payload, 'Bench')
    for (let i = 0; i < 40; i++) {
      await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
    }
    return {
      subject: async () =>
        expectStatus(await fetch(`${baseURL}/api/stories?limit=20&depth=0`), 200, 'stories'),
      baseline: async () => {
        await pool.query(
          `select id, title, slug, summary, content, views, likes, published_at from stories
           where _status = 'published' order by created_at desc limit 20`,
        )
      },
    }
  },
}

const tagPage: Scenario = {
  name: 'GET /api/tags/reliability/page (seeded)',
  baselineName: 'one SELECT of the community section',
  prepare: async ({ baseURL, pool }) => ({
    subject: async () =>
      expectStatus(await fetch(`${baseURL}/api/tags/reliability/page`), 200, 'tag page'),
    baseline: async () => {
      await pool.query(
        `select a.id, a.title, a.slug, a.summary, a.views, a.likes, a.rating_count, a.rating_average,
                a.published_at, u.handle, u.name
         from community_articles a
         join community_articles_rels r on r.parent_id = a.id and r.path = 'tags'
         join tags t on t.id = r.tags_id and t.slug = 'reliability'
         left join users u on u.id = a.author_id
         where a._status = 'published' order by a.published_at desc limit 20`,
      )
    },
  }),
}

const views: Scenario = {
  name: 'POST /api/stories/{id}/view (distinct clients)',
  baselineName: 'UPDATE stories SET views = views + 1',
  prepare: async ({ ctx, baseURL, pool }) => {
    const [story] = await ctx.sql<{ id: number; views: number }>(
      "select id, views::int as views from stories where _status = 'published' order by id limit 1",
    )
    if (!story) throw new Error('the seed has no published story')
    let counted = 0
    let sent = 0
    return {
      subject: async () => {
        const index = sent++
        const response = await fetch(`${baseURL}/api/stories/${story.id}/view`, {
          method: 'POST',
          headers: {
            'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
          },
        })
        const body = (await response.json()) as { counted?: boolean }
        if (response.status !== 200 || !body.counted)
          throw new Error(`view not counted: ${response.status}`)
        counted++
      },
      baseline: async () => {
        await pool.query('update stories set views = views + 1 where id = $1', [story.id])
      },
      verify: async () => {
        const [after] = await ctx.sql<{ views: number }>(
          'select views::int as views from stories where id = $1',
          [story.id],
        )
        // Both runs incremented the same row: the subject's counted views and the baseline's.
        if (!after || after.views < story.views + counted) throw new Error('views were lost')
      },
    }
  },
}

/** Every scenario, in order; features add theirs. */
export const scenarios: Scenario[] = [storiesList, tagPage, views]
