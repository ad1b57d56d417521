import type { TestPayload } from './payload'

export interface StoredStory {
  title: string
  summary: string
  status: string
  /** Tag ids of the live row, ascending. */
  tags: number[]
  /** The latest version, which the same transaction wrote. */
  latest: { title: string; status: string; tags: number[] }
  versions: number
}

/** What the database holds for a story: the live row, its latest version and its version count. */
export async function storedStory(ctx: TestPayload, id: number): Promise<StoredStory> {
  const [row] = await ctx.sql<{ title: string; summary: string; status: string; tags: number[] }>(
    `SELECT s.title, s.summary, s._status AS status,
       coalesce(array_agg(r.tags_id ORDER BY r.tags_id) FILTER (WHERE r.tags_id IS NOT NULL), '{}')
         AS tags
     FROM stories s LEFT JOIN stories_rels r ON r.parent_id = s.id AND r.path = 'tags'
     WHERE s.id = $1 GROUP BY s.id`,
    [id],
  )
  const [latest] = await ctx.sql<{ title: string; status: string; tags: number[] }>(
    `SELECT v.version_title AS title, v.version__status AS status,
       coalesce(array_agg(r.tags_id ORDER BY r.tags_id) FILTER (WHERE r.tags_id IS NOT NULL), '{}')
         AS tags
     FROM _stories_v v
     LEFT JOIN _stories_v_rels r ON r.parent_id = v.id AND r.path = 'version.tags'
     WHERE v.parent_id = $1 AND v.latest GROUP BY v.id`,
    [id],
  )
  const [{ versions }] = await ctx.sql<{ versions: number }>(
    'SELECT count(*)::int AS versions FROM _stories_v WHERE parent_id = $1',
    [id],
  )
  return { ...row, latest, versions }
}
