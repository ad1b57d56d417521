import type { Payload } from 'payload'

interface PoolLike {
  on: (event: 'error', listener: (error: Error & { code?: string }) => void) => void
  end: () => Promise<void>
}

const poolOf = (payload: Payload): PoolLike | undefined =>
  (payload.db as unknown as { pool?: PoolLike }).pool

// Errors an idle connection raises when the server goes away during shutdown.
const shutdownCodes = new Set(['57P01', 'ECONNRESET', 'EPIPE'])

/** Whether an idle connection died because the server (or its database) went away. */
export const isShutdownError = (error: Error & { code?: string }): boolean =>
  Boolean(error.code && shutdownCodes.has(error.code)) ||
  error.message === 'Connection terminated unexpectedly'

/** An idle pooled connection that dies must not crash the process with an uncaught error. */
export function guardPoolErrors(payload: Payload): void {
  poolOf(payload)?.on('error', (error) => {
    if (isShutdownError(error)) return
    payload.logger.error({ err: error, msg: 'database connection error' })
  })
}

/**
 * `payload.destroy()` leaves the pg pool open; end it so the process (or jest) can exit.
 * `pool.end()` waits for checked-out clients, which a stopped job runner may never return, so
 * the wait is bounded: the database closes those connections when it stops.
 */
export async function closePayload(payload: Payload, timeoutMs = 2_000): Promise<void> {
  await payload.destroy().catch(() => undefined)
  const ended = poolOf(payload)
    ?.end()
    .catch(() => undefined)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs)
    timer.unref()
  })
  await Promise.race([ended, timeout])
  clearTimeout(timer)
}
