import { reportLoadError } from './bootstrap/processSetup'

import path from 'node:path'

import { writeConsoleAsJSON } from './bootstrap/jsonConsole'
import { provideDatabase, StartupError, type DatabaseHandle } from './db/database'
import { isPortFree } from './db/freePort'
import { assertReplicasReachable, readReplicaURLs } from './db/readReplicas'
import { dataDir, intFromEnv } from './env'
// The config reads DATABASE_URL when the pool is created, after the database is up. Every script
// runs node with --conditions=development|production: lexical's default entry for node awaits a
// dynamic import at top level, and with it about one start in seven never settled (exit 13).
import { startHost, type StopHost } from './host'

const dev = process.env.NODE_ENV !== 'production'
if (!dev) writeConsoleAsJSON()
const host = process.env.HOST ?? '127.0.0.1'

/** A line about the process itself (a JSON log line in production, see writeConsoleAsJSON). */
function say(level: 'info' | 'error', message: string): void {
  if (level === 'info') console.info(`casebook: ${message}`)
  else console.error(`casebook: ${message}`)
}

function fail(message: string): never {
  say('error', message)
  process.exit(1)
}

async function main() {
  process.off('uncaughtException', reportLoadError)
  const port = intFromEnv('PORT', 3000)
  if (!(await isPortFree(port, host))) {
    fail(`port ${port} on ${host} is already in use; stop the other server or set PORT`)
  }

  const database: DatabaseHandle = await provideDatabase({
    databaseURL: process.env.DATABASE_URL,
    dataDir: path.join(dataDir, 'postgres'),
  })
  process.env.DATABASE_URL = database.url
  await assertReplicasReachable(readReplicaURLs()).catch(async (error: unknown) => {
    await database.close()
    throw error
  })

  const graceMs = intFromEnv('SHUTDOWN_GRACE_MS', 5000)
  let stopHost: StopHost
  try {
    stopHost = await startHost({ dev, host, port })
  } catch (error) {
    await database.close()
    throw error
  }

  let shuttingDown = false
  const shutdown = async (signal: string) => {
    if (shuttingDown) return
    shuttingDown = true
    say('info', `${signal} received, shutting down`)
    // Orchestrators kill after ~10 s: in-flight requests get the grace, closing the rest is quick.
    const forced = setTimeout(() => {
      say('error', 'shutdown took too long; exiting')
      process.exit(1)
    }, graceMs + 4_000)
    forced.unref()
    await stopHost(graceMs).catch((error: unknown) => say('error', `stop failed: ${String(error)}`))
    await database.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) fail(error.message)
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error))
})
