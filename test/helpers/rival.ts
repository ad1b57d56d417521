import pg from 'pg'

import type { TestPayload } from './payload'

export interface Rival {
  /** Runs a statement in the rival transaction. */
  query: <Row extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]>
  /** Resolves once a server transaction waits for a lock the rival holds. */
  blocksSomeone: () => Promise<void>
  /** Rolls the rival transaction back and closes its connection (once; later calls do nothing). */
  release: () => Promise<void>
}

/**
 * A transaction of the test's own, on its own connection, holding locks that a request then
 * meets. It waits 30 s before checking for deadlocks, the server's transactions 1 s (Postgres'
 * default): when the rival and a request wait for each other, the request's transaction is the
 * one Postgres cancels (40P01), so the test decides who loses a deadlock.
 */
export async function openRival(ctx: TestPayload): Promise<Rival> {
  const client = new pg.Client({ connectionString: ctx.databaseURL })
  await client.connect()
  await client.query('BEGIN')
  await client.query(`SET LOCAL deadlock_timeout = '30s'`)
  const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows
  let released = false
  return {
    query: async <Row extends Record<string, unknown>>(text: string, values?: unknown[]) =>
      (await client.query<Row>(text, values)).rows,
    blocksSomeone: async () => {
      const deadline = Date.now() + 15_000
      while (Date.now() < deadline) {
        const [{ waiting }] = await ctx.sql<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE $1 = ANY(pg_blocking_pids(pid))`,
          [pid],
        )
        if (waiting > 0) return
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      throw new Error('no server transaction came to wait for the rival')
    },
    release: async () => {
      if (released) return
      released = true
      await client.query('ROLLBACK')
      await client.end()
    },
  }
}
