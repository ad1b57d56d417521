import './bootstrap/processSetup'

import path from 'node:path'

import { provideDatabase, StartupError, type DatabaseHandle } from './db/database'
import { isPortFree } from './db/freePort'
import { dataDir, intFromEnv } from './env'
// Static, not a dynamic import(): under tsx a dynamic import of the config can stall for good.
// The config reads DATABASE_URL when the pool is created, after the database is up.
import { startHost } from './host'

const dev = process.env.NODE_ENV !== 'production'
const host = process.env.HOST ?? '127.0.0.1'

function fail(message: string): never {
  console.error(`casebook: ${message}`)
  process.exit(1)
}

async function main() {
  const port = intFromEnv('PORT', 3000)
  if (!(await isPortFree(port, host))) {
    fail(`port ${port} on ${host} is already in use; stop the other server or set PORT`)
  }

  const database: DatabaseHandle = await provideDatabase({
    databaseURL: process.env.DATABASE_URL,
    dataDir: path.join(dataDir, 'postgres'),
  })
  process.env.DATABASE_URL = database.url

  let stopHost: () => Promise<void>
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
    console.info(`\ncasebook: ${signal} received, shutting down`)
    const forced = setTimeout(() => process.exit(1), 20_000)
    forced.unref()
    await stopHost().catch((error: unknown) => console.error('casebook: stop failed', error))
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
