import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { runMigrations } from '../../src/db/migrate'
import { testTempDir } from './tempDir'
import { closePayload, guardPoolErrors, isShutdownError } from '../../src/db/pool'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  databaseURL: string
  /** Runs SQL on the test database outside Payload (for asserting what is really stored). */
  sql: <Row extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]>
  close: () => Promise<void>
}

/** The test PostgreSQL server (started by jest's global setup), without a database name. */
export const serverURL = (): string => {
  const url = process.env.TEST_DATABASE_SERVER_URL
  if (!url) throw new Error('TEST_DATABASE_SERVER_URL is not set: run tests through jest')
  return url
}

/** Runs one statement on the test server's `postgres` database (create and drop databases). */
export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverURL()}/postgres` })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/**
 * A Payload instance on a fresh database of its own, migrated exactly as production migrates.
 * Each test file gets one; `close` drops the database.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const name = `casebook_test_${randomBytes(6).toString('hex')}`
  await adminQuery(`create database ${name}`)
  const databaseURL = `${serverURL()}/${name}`
  process.env.DATABASE_URL = databaseURL
  process.env.PAYLOAD_SECRET = randomBytes(16).toString('hex')
  process.env.EMAIL_LOG = 'off'
  process.env.LOG_LEVEL ??= 'fatal'
  // Every test client is 127.0.0.1; files that test the sign-in budget set their own.
  process.env.RATE_LIMIT_AUTH_PER_MINUTE ??= '1000000'
  const dataDir = await mkdtemp(path.join(testTempDir(), 'casebook-data-'))
  process.env.CASEBOOK_DATA_DIR = dataDir
  process.env.MEDIA_DIR = path.join(dataDir, 'media')

  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  // Dropping the database at the end ends idle connections; that must not fail the file.
  guardPoolErrors(payload)
  await runMigrations(payload)

  const pool = new pg.Pool({ connectionString: databaseURL, max: 4 })
  pool.on('error', (error) => {
    if (!isShutdownError(error)) throw error
  })
  return {
    payload,
    config,
    databaseURL,
    sql: async <Row extends Record<string, unknown>>(text: string, values?: unknown[]) =>
      (await pool.query(text, values)).rows as Row[],
    close: async () => {
      await pool.end()
      await closePayload(payload)
      await adminQuery(`drop database if exists ${name} with (force)`)
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
