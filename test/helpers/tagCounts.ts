import type { TestPayload } from './payload'

export interface TagCountsSnapshot {
  lessons: number
  systemDesigns: number
  behavioralInterviews: number
  communityItems: number
  stories: number
}

interface Row extends Record<string, unknown> {
  id: number
  slug: string
}

const published = (table: string, extra = '') => `(SELECT count(DISTINCT d.id) FROM ${table} d
  JOIN ${table}_rels r ON r.parent_id = d.id AND r.path = 'tags'
  WHERE r.tags_id = t.id AND d._status = 'published' ${extra})::int`

/**
 * Stored `tags.counts` of the given tags next to a fresh count(*) of published documents per tag,
 * computed here independently of casebook's own SQL.
 */
export async function storedAndFreshCounts(
  ctx: TestPayload,
  tagIds: readonly number[],
): Promise<{ slug: string; stored: TagCountsSnapshot; fresh: TagCountsSnapshot }[]> {
  const rows = await ctx.sql<Row>(
    `SELECT t.id, t.slug,
      t.counts_lessons::int AS s_lessons,
      t.counts_system_designs::int AS s_system_designs,
      t.counts_behavioral_interviews::int AS s_behavioral_interviews,
      t.counts_community_items::int AS s_community_items,
      t.counts_stories::int AS s_stories,
      ${published('lessons', `AND d.track = 'core'`)} AS f_lessons,
      ${published('lessons', `AND d.track = 'system-design'`)} AS f_system_designs,
      ${published('lessons', `AND d.track = 'behavioral-interview'`)} AS f_behavioral_interviews,
      ${published('community_articles')} + ${published('question_bundles')} AS f_community_items,
      ${published('stories')} AS f_stories
    FROM tags t WHERE t.id = ANY($1::int[]) ORDER BY t.id`,
    [[...tagIds]],
  )
  const snapshot = (row: Row, prefix: string): TagCountsSnapshot => ({
    lessons: Number(row[`${prefix}_lessons`]),
    systemDesigns: Number(row[`${prefix}_system_designs`]),
    behavioralInterviews: Number(row[`${prefix}_behavioral_interviews`]),
    communityItems: Number(row[`${prefix}_community_items`]),
    stories: Number(row[`${prefix}_stories`]),
  })
  return rows.map((row) => ({
    slug: row.slug,
    stored: snapshot(row, 's'),
    fresh: snapshot(row, 'f'),
  }))
}

/** The stored counts of one tag. */
export async function storedCounts(ctx: TestPayload, tagId: number): Promise<TagCountsSnapshot> {
  const [row] = await ctx.sql<Row>(
    `SELECT counts_lessons::int AS lessons, counts_system_designs::int AS "systemDesigns",
       counts_behavioral_interviews::int AS "behavioralInterviews",
       counts_community_items::int AS "communityItems", counts_stories::int AS stories
     FROM tags WHERE id = $1`,
    [tagId],
  )
  const { lessons, systemDesigns, behavioralInterviews, communityItems, stories } = row
  return {
    lessons,
    systemDesigns,
    behavioralInterviews,
    communityItems,
    stories,
  } as TagCountsSnapshot
}

/**
 * Those of the given tags whose stored counts differ from a fresh count (empty when every count is
 * exact). Tests pass the tags they created, so other tests' documents cannot decide the result.
 */
export async function countMismatches(ctx: TestPayload, tagIds: readonly number[]) {
  if (tagIds.length === 0) throw new Error('countMismatches of no tags would prove nothing')
  const rows = await storedAndFreshCounts(ctx, tagIds)
  return rows.filter((row) => JSON.stringify(row.stored) !== JSON.stringify(row.fresh))
}

export const zeroCounts: TagCountsSnapshot = {
  lessons: 0,
  systemDesigns: 0,
  behavioralInterviews: 0,
  communityItems: 0,
  stories: 0,
}
