import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

/** Directory for local state (embedded database, generated secret). */
export const dataDir = path.resolve(
  /*turbopackIgnore: true*/ process.env.CASEBOOK_DATA_DIR ?? '.data',
)

/** A configuration problem worth one clear line, not a stack trace. */
export class StartupError extends Error {
  override name = 'StartupError'
}

/** Parses a positive integer environment variable, or returns the fallback. */
export function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new StartupError(`${name} must be a positive integer, got "${raw}"`)
  }
  return value
}

/**
 * PAYLOAD_SECRET signs sessions. When unset, a random secret is generated once and kept in the
 * data directory, so logins survive restarts without a secret ever living in the repository.
 */
export function resolveSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, 'secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
