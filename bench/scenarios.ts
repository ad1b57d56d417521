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

/** Every scenario, in order; features add theirs. */
export const scenarios: Scenario[] = [storiesList]
