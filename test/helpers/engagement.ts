import { randomBytes } from 'node:crypto'

import { jwtSign } from 'payload'

import type { TestPayload } from './payload'

/** A verified reader account with a valid REST token. */
export interface CrowdMember {
  id: number
  token: string
}

/**
 * `count` reader accounts with a session each, inserted in one statement, and their JWTs signed
 * with the instance's secret exactly as a login would (password hashing for a thousand logins
 * would dominate the test). The tokens authenticate like any other: Payload loads the user and
 * checks the session on every request.
 */
export async function createCrowd(ctx: TestPayload, count: number): Promise<CrowdMember[]> {
  const prefix = `crowd${randomBytes(3).toString('hex')}x`
  const rows = await ctx.sql<{ id: number; email: string; sid: string }>(
    `WITH made AS (
       INSERT INTO users (name, handle, role, subscription_tier, email, _verified)
       SELECT 'Crowd ' || g, $1 || g, 'reader', 'free', $1 || g || '@example.test', true
       FROM generate_series(1, $2::int) g
       RETURNING id, email
     ), sessions AS (
       INSERT INTO users_sessions (_order, _parent_id, id, created_at, expires_at)
       SELECT 1, id, gen_random_uuid()::text, now(), now() + interval '2 hours' FROM made
       RETURNING _parent_id, id
     )
     SELECT made.id, made.email, sessions.id AS sid
     FROM made JOIN sessions ON sessions._parent_id = made.id ORDER BY made.id`,
    [prefix, count],
  )
  return Promise.all(
    rows.map(async ({ id, email, sid }) => {
      const { token } = await jwtSign({
        fieldsToSign: { id, collection: 'users', email, sid },
        secret: ctx.payload.secret,
        tokenExpiration: 7200,
      })
      return { id, token }
    }),
  )
}

const contentTables = ['stories', 'lessons', 'community_articles', 'question_bundles']

/** Rows in every content version table: counter updates must not add any. */
export async function versionRows(ctx: TestPayload): Promise<number> {
  const [{ n }] = await ctx.sql<{ n: number }>(
    `SELECT (${contentTables.map((t) => `(SELECT count(*) FROM _${t}_v)`).join(' + ')})::int AS n`,
  )
  return n
}

/** A document's counters and `updated_at`, straight from its main row. */
export async function storedCounters(ctx: TestPayload, collection: string, id: number) {
  const table = collection.replace(/-/g, '_')
  const rated = ['community_articles', 'question_bundles'].includes(table)
  const [row] = await ctx.sql<Record<string, unknown>>(
    `SELECT views, likes, updated_at${rated ? ', rating_count, rating_sum, rating_average' : ''}
     FROM ${table} WHERE id = $1`,
    [id],
  )
  return {
    views: Number(row.views),
    likes: Number(row.likes),
    updatedAt: new Date(row.updated_at as string).toISOString(),
    rating: rated
      ? {
          count: Number(row.rating_count),
          sum: Number(row.rating_sum),
          average: Number(row.rating_average),
        }
      : null,
  }
}

/** Likes or ratings rows of one document. */
export async function rowCount(
  ctx: TestPayload,
  table: 'likes' | 'ratings',
  collection: string,
  id: number,
): Promise<number> {
  const [{ n }] = await ctx.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE item_key = $1`,
    [`${collection}:${id}`],
  )
  return n
}
