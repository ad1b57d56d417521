import type { SQL } from 'drizzle-orm'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

interface Executor {
  execute: (
    statement: SQL,
  ) => Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }>
}

interface DrizzleAdapterLike {
  drizzle: Executor
  sessions?: Record<string | number, { db: Executor } | undefined>
}

/** The drizzle handle of the request's transaction, or of the pool when there is none. */
export async function executorFor(req: Pick<PayloadRequest, 'payload' | 'transactionID'>) {
  const adapter = req.payload.db as unknown as DrizzleAdapterLike
  if (!req.transactionID) return adapter.drizzle
  const id = await req.transactionID
  return adapter.sessions?.[id]?.db ?? adapter.drizzle
}

/**
 * Runs one SQL statement (built with drizzle's `sql` template, so values are parameters) inside
 * the request's transaction when it has one.
 */
export async function runSQL<Row = Record<string, unknown>>(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  statement: SQL,
): Promise<Row[]> {
  const result = await (await executorFor(req)).execute(statement)
  return result.rows as Row[]
}

/**
 * Runs `work` in one transaction on `req` (custom endpoints are not wrapped in one by Payload):
 * commits on success, rolls back on any throw.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
