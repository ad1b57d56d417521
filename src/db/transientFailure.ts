import { AsyncLocalStorage } from 'node:async_hooks'

import { APIError } from 'payload'

import { sqlStateOf } from './sqlState'

/**
 * SQLSTATEs after which the same transaction, run again from its start, can succeed: Postgres
 * chose it as a deadlock's victim (40P01), could not serialize it (40001), or a lock was not
 * available in time (55P03: `lock_timeout`, NOWAIT). Anything else (a unique violation, bad input,
 * the "transaction is aborted" errors that follow a failure, 25P02) would fail the same way again.
 */
export const transientSQLStates: ReadonlySet<string> = new Set(['40P01', '40001', '55P03'])

export const transientFailureMessage =
  'The database was busy with concurrent changes to the same documents, and nothing was changed. Try again.'

/** What a client is told to wait, in seconds, before trying again (`Retry-After`). */
export const retryAfterSeconds = 1

/** A write whose transaction was lost to a transient failure: nothing changed, answer 503. */
export class TransientFailure extends APIError {
  constructor() {
    super(transientFailureMessage, 503, undefined, true)
  }
}

/** Whether `error` (or an error it wraps) is a transient failure: running it again may succeed. */
export function isTransientFailure(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    if (current instanceof TransientFailure) return true
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.originalError ?? next.cause
  }
  const state = sqlStateOf(error)
  return state !== null && transientSQLStates.has(state)
}

interface Scope {
  /** The first transient failure recorded. */
  failure?: unknown
  /** Transactions a transient failure was seen in (`undefined` for statements outside one). */
  transactions: Set<unknown>
}

/*
 * Why a scope rather than a flag on `req`: the host only sees the Response that Payload's REST and
 * GraphQL handlers build, never the PayloadRequest they create inside; and in bulk operations
 * Payload catches each document's error and keeps only its message, so the error object is seen
 * only where it is thrown (`runSQL`). A scope opened around the handler by the host is reached
 * from both places, and from every hook, through async context.
 */
const scopes = new AsyncLocalStorage<Scope>()

/**
 * Runs `work` in a scope of its own and reports the first transient failure recorded in it. The
 * host runs each attempt of a request in one and runs the request again when one was recorded.
 */
export async function recordingTransientFailures<T>(
  work: () => Promise<T>,
): Promise<{ result: T; failure: unknown }> {
  const scope: Scope = { transactions: new Set() }
  const result = await scopes.run(scope, work)
  return { result, failure: scope.failure }
}

/**
 * Records `error` in the current scope if it is a transient failure (with the transaction it
 * happened in), and says whether it is. Outside a scope (Local API, jobs, CLIs) nothing is
 * recorded: nobody there runs a request again.
 */
export function recordTransientFailure(error: unknown, transactionID?: unknown): boolean {
  if (!isTransientFailure(error)) return false
  const scope = scopes.getStore()
  if (scope) {
    scope.failure ??= error
    scope.transactions.add(transactionID)
  }
  return true
}

/**
 * Whether a transient failure was recorded in the given transaction in the current scope, or (with
 * `scopeWide`) by the driver watch anywhere in it.
 */
export function lostToTransientFailure(transactionID: unknown, scopeWide?: symbol): boolean {
  const transactions = scopes.getStore()?.transactions
  return Boolean(transactions?.has(transactionID) || (scopeWide && transactions?.has(scopeWide)))
}
