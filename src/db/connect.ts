import pg from 'pg'

import { StartupError } from '../env'

// Kept apart from the embedded database (database.ts): the config imports this, and the admin's
// bundle must not pull in the embedded server's platform binaries.

/** Hides the password of a connection string for messages. */
export function redactURL(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable connection string)'
  }
}

/** Connects once with a short timeout, so a wrong URL fails fast with one line. */
export async function assertReachable(url: string, timeoutMs = 5_000): Promise<void> {
  let client: pg.Client
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  } catch (error) {
    throw new StartupError(`DATABASE_URL is not a valid connection string: ${String(error)}`)
  }
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new StartupError(`cannot connect to database ${redactURL(url)}: ${reason}`)
  } finally {
    await client.end().catch(() => undefined)
  }
}
