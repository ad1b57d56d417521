import { sql } from '@payloadcms/db-postgres'
import { runSQL } from '../db/sql'
import { tableOf } from '../db/tables'
import { recomputeEngagement } from '../engagement/aggregates'
import { rateableCollections, type RateableCollection } from '../content/registry'
import { idsOf } from './documents'
import type { EngagementPlan } from './plan'
import type { SeedContext } from './context'

/** A seeded document and the engagement it should show. */
export interface EngagementTarget {
  id: number
  plan: EngagementPlan
}

const itemKey = ({ id, plan }: EngagementTarget): string => `${plan.collection}:${id}`
const item = ({ id, plan }: EngagementTarget) => ({ relationTo: plan.collection, value: id })

/**
 * Views have no rows behind them: the number is written directly, without a version or an
 * `updatedAt` change, and only where it differs.
 */
export async function syncViews(
  { req, tally }: SeedContext,
  targets: readonly EngagementTarget[],
): Promise<void> {
  for (const { id, plan } of targets) {
    const changed = await runSQL(
      req,
      sql`UPDATE ${sql.identifier(tableOf(plan.collection))} SET views = ${plan.views}
        WHERE id = ${id} AND views IS DISTINCT FROM ${plan.views} RETURNING id`,
    )
    tally.add('views', changed.length > 0 ? 'updated' : 'unchanged')
  }
}

interface StoredRow {
  id: number
  user_id: number
  item_key: string
  score?: number
}

async function storedRows(
  { req }: SeedContext,
  table: 'likes' | 'ratings',
  targets: readonly EngagementTarget[],
): Promise<StoredRow[]> {
  const keys = targets.map(itemKey)
  const score = table === 'ratings' ? sql`, score` : sql``
  return runSQL<StoredRow>(
    req,
    sql`SELECT id, user_id, item_key${score} FROM ${sql.identifier(table)}
      WHERE item_key = ANY(${sql.param(keys)}::varchar[])`,
  )
}

/** Rows of seeded users the plan no longer has; rows of real users are left alone. */
function strayRows(
  stored: readonly StoredRow[],
  wanted: ReadonlySet<string>,
  seededUsers: ReadonlySet<number>,
): StoredRow[] {
  return stored.filter(
    (row) => seededUsers.has(row.user_id) && !wanted.has(`${row.user_id}@${row.item_key}`),
  )
}

/**
 * One like per planned (user, document), created through the Local API so the collection's hooks
 * run; seeded users' likes the plan does not list are removed. Returns the item keys it changed.
 */
export async function syncLikes(
  context: SeedContext,
  targets: readonly EngagementTarget[],
  userIds: ReadonlyMap<string, number>,
): Promise<Set<string>> {
  const { payload, req, tally } = context
  const touched = new Set<string>()
  const stored = await storedRows(context, 'likes', targets)
  const have = new Set(stored.map((row) => `${row.user_id}@${row.item_key}`))
  const wanted = new Set<string>()
  const missing: { user: number; target: EngagementTarget }[] = []
  for (const target of targets) {
    for (const user of idsOf(userIds, target.plan.likers, 'user')) {
      const key = `${user}@${itemKey(target)}`
      wanted.add(key)
      if (have.has(key)) tally.add('likes', 'unchanged')
      else missing.push({ user, target })
    }
  }
  for (const { user, target } of missing) {
    await payload.create({ collection: 'likes', data: { user, item: item(target) }, depth: 0, req })
    touched.add(itemKey(target))
    tally.add('likes', 'created')
  }
  for (const row of strayRows(stored, wanted, new Set(userIds.values()))) {
    await payload.delete({ collection: 'likes', id: row.id, req })
    touched.add(row.item_key)
    tally.add('likes', 'deleted')
  }
  return touched
}

/**
 * The planned ratings: created, or re-scored where the stored score differs; seeded users'
 * ratings the plan does not list are removed. Returns the item keys it changed.
 */
export async function syncRatings(
  context: SeedContext,
  targets: readonly EngagementTarget[],
  userIds: ReadonlyMap<string, number>,
): Promise<Set<string>> {
  const { payload, req, tally } = context
  const touched = new Set<string>()
  const rateable = targets.filter((target) =>
    (rateableCollections as readonly string[]).includes(target.plan.collection),
  )
  const stored = await storedRows(context, 'ratings', rateable)
  const byKey = new Map(stored.map((row) => [`${row.user_id}@${row.item_key}`, row]))
  const wanted = new Set<string>()
  for (const target of rateable) {
    for (const { handle, score } of target.plan.ratings) {
      const [user] = idsOf(userIds, [handle], 'user')
      const key = `${user}@${itemKey(target)}`
      wanted.add(key)
      const existing = byKey.get(key)
      if (!existing) {
        await payload.create({
          collection: 'ratings',
          data: {
            user,
            item: { relationTo: target.plan.collection as RateableCollection, value: target.id },
            score,
          },
          depth: 0,
          req,
        })
        touched.add(itemKey(target))
        tally.add('ratings', 'created')
      } else if (Number(existing.score) !== score) {
        await payload.update({
          collection: 'ratings',
          id: existing.id,
          data: { score },
          depth: 0,
          req,
        })
        touched.add(itemKey(target))
        tally.add('ratings', 'updated')
      } else {
        tally.add('ratings', 'unchanged')
      }
    }
  }
  for (const row of strayRows(stored, wanted, new Set(userIds.values()))) {
    await payload.delete({ collection: 'ratings', id: row.id, req })
    touched.add(row.item_key)
    tally.add('ratings', 'deleted')
  }
  return touched
}

/**
 * Brings `likes` and `rating` of the documents whose rows changed in line with those rows, in
 * the seed's transaction (documents left alone are not written at all).
 */
export async function recomputeTouched(
  { req }: SeedContext,
  targets: readonly EngagementTarget[],
  touched: ReadonlySet<string>,
): Promise<void> {
  for (const target of targets) {
    if (!touched.has(itemKey(target))) continue
    await recomputeEngagement(req, { collection: target.plan.collection, id: target.id })
  }
}
