import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import type pg from 'pg'

/**
 * The baseline's like and rating: the caller's JWT verified in Node (HS256 with Payload's derived
 * key), then one SQL statement that checks the session, locks the published item, writes the row
 * (and its `_rels` row) and moves the item's counter, answering what casebook answers.
 */
export interface RawAnswer {
  status: number
  body: string
}

const errors = (status: number, message: string): RawAnswer => ({
  status,
  body: JSON.stringify({ errors: [{ message }] }),
})

// Payload signs with the first 32 hex characters of sha256(PAYLOAD_SECRET).
const key = createHash('sha256')
  .update(process.env.RAW_PAYLOAD_SECRET ?? '')
  .digest('hex')
  .slice(0, 32)

interface Caller {
  id: number
  sid: string
}

/** The signed-in caller of `Authorization: JWT <token>`, or null. */
export function callerOf(authorization: string | undefined): Caller | null {
  const token = /^JWT (.+)$/.exec(authorization ?? '')?.[1]
  const [header, claims, signature] = token?.split('.') ?? []
  if (!header || !claims || !signature) return null
  const expected = createHmac('sha256', key).update(`${header}.${claims}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  const { id, sid, exp } = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
    id?: number
    sid?: string
    exp?: number
  }
  if (typeof id !== 'number' || typeof sid !== 'string' || !exp || exp * 1000 < Date.now()) {
    return null
  }
  return { id, sid }
}

const sessionAndItem = `session AS (SELECT 1 FROM users_sessions
    WHERE _parent_id = $1 AND id = $2 AND expires_at > now()),
  item AS (SELECT id, author_id, likes FROM community_articles
    WHERE id = $3 AND _status = 'published' AND EXISTS (SELECT 1 FROM session) FOR UPDATE)`

const likeSQL = `WITH ${sessionAndItem},
  liked AS (INSERT INTO likes (user_id, item_key) SELECT $1, 'community-articles:' || id FROM item
    ON CONFLICT (user_id, item_key) DO NOTHING RETURNING id),
  rel AS (INSERT INTO likes_rels (parent_id, path, community_articles_id)
    SELECT id, 'item', $3 FROM liked),
  counted AS (UPDATE community_articles SET likes = likes + 1
    WHERE id = $3 AND EXISTS (SELECT 1 FROM liked) RETURNING likes)
  SELECT EXISTS (SELECT 1 FROM session) AS signed_in, EXISTS (SELECT 1 FROM item) AS found,
    EXISTS (SELECT 1 FROM liked) AS changed,
    coalesce((SELECT likes FROM counted), (SELECT likes FROM item))::float8 AS likes`

/** `POST /api/community-articles/{id}/like`: `{ liked, likes, changed }`. */
export async function like(pool: pg.Pool, caller: Caller | null, id: number): Promise<RawAnswer> {
  if (!caller) return errors(401, 'Sign in to like.')
  const { rows } = await pool.query<{
    signed_in: boolean
    found: boolean
    changed: boolean
    likes: number
  }>(likeSQL, [caller.id, caller.sid, id])
  const [row] = rows
  if (!row.signed_in) return errors(401, 'Sign in to like.')
  if (!row.found) return errors(404, 'Not Found')
  return {
    status: 200,
    body: JSON.stringify({ liked: true, likes: row.likes, changed: row.changed }),
  }
}

const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const rateSQL = `WITH ${sessionAndItem},
  previous AS (SELECT score FROM ratings WHERE user_id = $1 AND item_key = 'community-articles:' || $3),
  saved AS (INSERT INTO ratings (user_id, item_key, score, comment)
    SELECT $1, 'community-articles:' || id, $4, NULL FROM item WHERE author_id IS DISTINCT FROM $1
    ON CONFLICT (user_id, item_key) DO UPDATE SET score = EXCLUDED.score,
      comment = EXCLUDED.comment, updated_at = now()
    RETURNING id, score, comment, created_at, updated_at, (xmax = 0) AS created),
  rel AS (INSERT INTO ratings_rels (parent_id, path, community_articles_id)
    SELECT id, 'item', $3 FROM saved WHERE created),
  change AS (SELECT CASE WHEN created THEN 1 ELSE 0 END AS added,
      score - coalesce((SELECT score FROM previous), 0) AS delta FROM saved),
  -- Relative to the row's latest version (the item is locked), like casebook's recompute.
  aggregate AS (UPDATE community_articles a SET rating_count = a.rating_count + c.added,
      rating_sum = a.rating_sum + c.delta,
      rating_average = (a.rating_sum + c.delta)::float8 / (a.rating_count + c.added)
    FROM change c WHERE a.id = $3 RETURNING a.rating_count, a.rating_sum, a.rating_average)
  SELECT EXISTS (SELECT 1 FROM session) AS signed_in, EXISTS (SELECT 1 FROM item) AS found,
    (SELECT created FROM saved) AS created,
    (SELECT json_build_object('id', s.id, 'user', $1::int,
      'item', json_build_object('relationTo', 'community-articles', 'value', $3::int),
      'score', s.score, 'comment', s.comment, 'createdAt', ${iso('s.created_at')},
      'updatedAt', ${iso('s.updated_at')}) FROM saved s)::text AS doc,
    (SELECT json_build_object('count', rating_count, 'sum', rating_sum,
      'average', rating_average) FROM aggregate)::text AS aggregate`

/** `POST /api/ratings` with `{ item: { relationTo, value }, score }`: 201 created, 200 replaced. */
export async function rate(pool: pg.Pool, caller: Caller | null, body: string): Promise<RawAnswer> {
  if (!caller) return errors(401, 'Sign in to rate.')
  const input = JSON.parse(body) as { item?: { value?: number }; score?: number }
  const { value } = input.item ?? {}
  const { score } = input
  if (!Number.isInteger(value) || !Number.isInteger(score) || score! < 1 || score! > 5) {
    return errors(400, 'Invalid rating.')
  }
  const { rows } = await pool.query<{
    signed_in: boolean
    found: boolean
    created: boolean | null
    doc: string | null
    aggregate: string | null
  }>(rateSQL, [caller.id, caller.sid, value, score])
  const [row] = rows
  if (!row.signed_in) return errors(401, 'Sign in to rate.')
  if (!row.found) return errors(404, 'Not Found')
  if (!row.doc) return errors(403, 'You cannot rate your own work.')
  const message = row.created ? 'Rating created.' : 'Rating replaced.'
  return {
    status: row.created ? 201 : 200,
    body: `{"message":${JSON.stringify(message)},"doc":${row.doc},"aggregate":${row.aggregate}}`,
  }
}
