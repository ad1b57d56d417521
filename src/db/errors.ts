/** The SQLSTATE of a Postgres error, looked for along the `cause` chain (drizzle wraps them). */
export function sqlStateOf(error: unknown): string | null {
  return findAlongCauses(error, (code) => /^[0-9A-Z]{5}$/.test(code))
}

/** The first `code` along the `cause` chain that `accept` takes. */
function findAlongCauses(error: unknown, accept: (code: string) => boolean): string | null {
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && accept(code)) return code
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.originalError ?? next.cause
  }
  return null
}

/** Socket-level failures of the database connection (node's error codes). */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND'])

/**
 * SQLSTATEs meaning the server is going away, starting or full: connection exceptions (class 08),
 * admin or crash shutdown, cannot connect now, too many connections.
 */
const unavailableStates = /^(08...|57P0[1-3]|53300)$/

/**
 * Messages of the pg driver when a connection dies or cannot be had in time, also as Payload
 * re-throws them when a transaction cannot begin (a new Error, without the original as cause).
 */
const driverMessages =
  /^(Error: cannot begin transaction: )?(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect (ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH)|read ECONNRESET)/

/** Whether an error means the database cannot be reached now (not that the request was wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (findAlongCauses(error, (code) => socketCodes.has(code) || unavailableStates.test(code))) {
    return true
  }
  let current: unknown = error
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (driverMessages.test(current.message)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}
