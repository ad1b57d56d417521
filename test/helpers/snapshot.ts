import type { TestPayload } from './payload'

/** Row count and a checksum of every row (all columns, `updatedAt` included) of one table. */
export interface TableSnapshot {
  rows: number
  checksum: string
}

/** Every table of the database, so any write anywhere shows up as a difference. */
export async function snapshotTables(ctx: TestPayload): Promise<Record<string, TableSnapshot>> {
  const tables = await ctx.sql<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  const snapshot: Record<string, TableSnapshot> = {}
  for (const { name } of tables) {
    const [row] = await ctx.sql<{ rows: number; checksum: string }>(
      `SELECT count(*)::int AS rows,
         md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum
       FROM "${name.replace(/"/g, '')}" t`,
    )
    snapshot[name] = row
  }
  return snapshot
}
