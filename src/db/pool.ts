import type { Payload } from 'payload'

type ConnectionErrorListener = (error: Error & { code?: string }) => void

interface ClientLike {
  on: (event: 'error', listener: ConnectionErrorListener) => void
}

interface PoolLike {
  on: ((event: 'error', listener: ConnectionErrorListener) => void) &
    ((event: 'connect', listener: (client: ClientLike) => void) => void)
  end: () => Promise<void>
  /** pg's list of the pool's clients: those connected before the guard was installed. */
  _clients?: ClientLike[]
}

interface AdapterPools {
  pool?: PoolLike
  /** Set by the adapter when read replicas are configured (drizzle's `withReplicas`). */
  drizzle?: { $replicas?: { $client: PoolLike }[] }
}

/** The primary's pool, then one per read replica (DATABASE_READ_REPLICA_URLS). */
const poolsOf = (payload: Payload): PoolLike[] => {
  const db = payload.db as unknown as AdapterPools
  const replicas = (db.drizzle?.$replicas ?? []).map((replica) => replica.$client)
  return db.pool ? [db.pool, ...replicas] : replicas
}

// Errors an idle connection raises when the server goes away during shutdown.
const shutdownCodes = new Set(['57P01', 'ECONNRESET', 'EPIPE'])

/** Whether an idle connection died because the server (or its database) went away. */
export const isShutdownError = (error: Error & { code?: string }): boolean =>
  Boolean(error.code && shutdownCodes.has(error.code)) ||
  error.message === 'Connection terminated unexpectedly'

/**
 * A pooled connection that dies must not crash the process with an uncaught error. pg's pool
 * listens only to idle clients; a checked-out client (inside a transaction, between statements)
 * whose server goes away emits `error` with no listener, which node turns into a crash. Every
 * client gets a listener of its own: its holder still sees the failure on its next statement.
 */
export function guardPoolErrors(payload: Payload): void {
  for (const pool of poolsOf(payload)) guardPool(payload, pool)
}

function guardPool(payload: Payload, pool: PoolLike): void {
  const report: ConnectionErrorListener = (error) => {
    if (isShutdownError(error)) return
    payload.logger.error({ err: error, msg: 'database connection error' })
  }
  // The pool re-emits an idle client's error, which that client's own listener already reported.
  pool.on('error', () => undefined)
  const guardClient = (client: ClientLike): void => client.on('error', report)
  for (const client of pool._clients ?? []) guardClient(client)
  pool.on('connect', guardClient)
}

/**
 * `payload.destroy()` leaves the pg pool open; end it so the process (or jest) can exit.
 * `pool.end()` waits for checked-out clients, which a stopped job runner may never return, so
 * the wait is bounded: the database closes those connections when it stops.
 */
export async function closePayload(payload: Payload, timeoutMs = 2_000): Promise<void> {
  // Taken first: destroy() forgets the drizzle instance that holds the replicas' pools.
  const pools = poolsOf(payload)
  await payload.destroy().catch(() => undefined)
  const ended = Promise.all(pools.map((pool) => pool.end().catch(() => undefined)))
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs)
    timer.unref()
  })
  await Promise.race([ended, timeout])
  clearTimeout(timer)
}
