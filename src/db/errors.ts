import { codeAlongCauses } from './sqlState'

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
  if (codeAlongCauses(error, (code) => socketCodes.has(code) || unavailableStates.test(code))) {
    return true
  }
  let current: unknown = error
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (driverMessages.test(current.message)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}
