import { intFromEnv, StartupError } from '../env'
import { assertReachable, redactURL } from './connect'

const variable = 'DATABASE_READ_REPLICA_URLS'

/** Why one entry of DATABASE_READ_REPLICA_URLS cannot be a replica's connection string, if it cannot. */
function problemWith(entry: string): string | undefined {
  if (entry === '') return 'is empty'
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    // The entry itself is not repeated: it may hold a password.
    return 'is not a connection string (expected postgres://user:password@host:port/database)'
  }
  const shown = `(${redactURL(entry)})`
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return `${shown} must start with postgres:// or postgresql://`
  }
  if (!url.hostname && !url.searchParams.get('host')) return `${shown} names no host`
  if (url.pathname.replace(/^\//, '') === '') return `${shown} names no database`
  return undefined
}

/**
 * The read replicas' connection strings from DATABASE_READ_REPLICA_URLS (comma-separated), or
 * `undefined` when it is unset or blank: the adapter takes any array, even an empty one, as "use
 * replicas". A malformed entry stops the start with a line that says which one and why.
 */
export function readReplicaURLs(raw = process.env[variable]): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const entries = raw.split(',').map((entry) => entry.trim())
  entries.forEach((entry, index) => {
    const problem = problemWith(entry)
    if (problem) throw new StartupError(`${variable}: entry ${index + 1} ${problem}`)
  })
  return entries
}

/**
 * How long (ms) after a write this process keeps reading from the primary, so that a write is
 * visible to the reads that follow it here despite replication lag. Other instances do not know
 * about the write and read from a replica at once.
 */
export const readReplicaAfterWriteMs = (): number =>
  intFromEnv('DATABASE_READ_REPLICA_AFTER_WRITE_MS', 2000)

/** Connects once to each replica, so a wrong one fails the start with one line, not later. */
export async function assertReplicasReachable(urls: string[] | undefined): Promise<void> {
  for (const [index, url] of (urls ?? []).entries()) {
    try {
      await assertReachable(url)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new StartupError(`${variable}: entry ${index + 1}: ${reason}`)
    }
  }
}
