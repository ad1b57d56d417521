import type { Payload } from 'payload'

import { recordTransientFailure } from './transientFailure'

interface QueryingClient {
  query: (...args: unknown[]) => unknown
}

interface PoolLike {
  on: (event: 'connect', listener: (client: QueryingClient) => void) => void
  /** pg's list of the pool's clients: those connected during init, before this watch began. */
  _clients?: QueryingClient[]
}

const watched = new WeakSet<QueryingClient>()

function watch(client: QueryingClient): void {
  if (watched.has(client)) return
  watched.add(client)
  const prototype = Object.getPrototypeOf(client) as QueryingClient
  client.query = (...args: unknown[]) => {
    // Looked up at each call, so instrumentation of pg's Client.prototype still sees the statement.
    const result = prototype.query.apply(client, args)
    if (result instanceof Promise) {
      result.catch((error: unknown) => recordTransientFailure(error, scopeWide))
    }
    return result
  }
}

/**
 * Records a transient failure (deadlock, serialization failure) of ANY statement on the pool, not
 * only ours through `runSQL`: in a bulk operation Payload catches a document's error and keeps only
 * drizzle's message ("Failed query: …"), which no longer says why. Recorded in the request's scope
 * (no transaction is known here), which is what a lost bulk operation is checked against.
 */
export function watchTransientFailures(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  for (const client of pool?._clients ?? []) watch(client)
  pool?.on('connect', watch)
}

/** The "transaction" a failure seen at the driver is recorded under: the whole request attempt. */
export const scopeWide = Symbol('any transaction of the request')
