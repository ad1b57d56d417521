import { createHash } from 'node:crypto'

import { fillPlaceholders, sql, type SQL } from 'drizzle-orm'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { recordTransientFailure } from './transientFailure'

interface Executor {
  execute: (
    statement: SQL,
  ) => Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }>
}

interface DrizzleAdapterLike {
  drizzle: Executor & {
    dialect: { sqlToQuery: (statement: SQL) => { sql: string; params: unknown[] } }
  }
  sessions?: Record<string | number, { db: Executor } | undefined>
  pool: {
    query: (query: { name?: string; text: string; values: unknown[] }) => Promise<{
      rows: Record<string, unknown>[]
    }>
  }
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
 * the request's transaction when it has one. A deadlock or serialization failure is recorded for
 * the host to run the request again (Payload swallows per-document errors of bulk operations).
 */
export async function runSQL<Row = Record<string, unknown>>(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  statement: SQL,
): Promise<Row[]> {
  const executor = await executorFor(req)
  try {
    const result = await executor.execute(statement)
    return result.rows as Row[]
  } catch (error) {
    recordTransientFailure(error, req.transactionID)
    throw error
  }
}

/** A statement's text and parameters (values, or placeholders to fill), compiled once. */
interface CompiledRead {
  name: string
  text: string
  params: unknown[]
}

const compiledReads = new WeakMap<object, Map<string, CompiledRead>>()

/**
 * The name of a prepared statement with this text. One name per text: a name bound to another
 * text would fail on a connection that has it.
 */
export const statementNameOf = (text: string): string =>
  `casebook_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`

/**
 * Runs a read outside any transaction as a named prepared statement: Postgres plans it once per
 * connection instead of on every call, and the statement is built and compiled once per `shape`
 * (the tag page's plan took longer than its execution, and building it with drizzle cost more
 * CPU than running it). `build` writes the statement with `value(name)` for each value, and must
 * give the same statement for the same `shape`. Inside a transaction it runs as `runSQL` does.
 */
export async function runPreparedSQL<Row = Record<string, unknown>>(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  shape: string,
  build: (value: (name: string) => unknown) => SQL,
  values: Record<string, unknown>,
): Promise<Row[]> {
  if (req.transactionID) {
    const statement = build((name) => values[name])
    return runSQL<Row>(req, statement)
  }
  const adapter = req.payload.db as unknown as DrizzleAdapterLike
  let compiled = compiledReads.get(adapter)
  if (!compiled) compiledReads.set(adapter, (compiled = new Map()))
  let read = compiled.get(shape)
  if (!read) {
    const statement = build((name) => sql.placeholder(name))
    const { sql: text, params } = adapter.drizzle.dialect.sqlToQuery(statement)
    read = { name: statementNameOf(text), text, params }
    compiled.set(shape, read)
  }
  const { name, text, params } = read
  return runNamedStatement<Row>(req.payload, { name, text }, fillPlaceholders(params, values))
}

/**
 * Runs a fixed read (its text written once, values as `$n` parameters) on the pool, outside any
 * transaction, as a named prepared statement. `name` must belong to this text alone; without one
 * the statement is planned on each run.
 */
export async function runNamedStatement<Row = Record<string, unknown>>(
  payload: PayloadRequest['payload'],
  statement: { name?: string; text: string },
  values: unknown[],
): Promise<Row[]> {
  const adapter = payload.db as unknown as DrizzleAdapterLike
  try {
    const result = await adapter.pool.query({ ...statement, values })
    return result.rows as Row[]
  } catch (error) {
    recordTransientFailure(error, undefined)
    throw error
  }
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
