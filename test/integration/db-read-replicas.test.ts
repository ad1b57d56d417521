import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import type { Tag } from '../../payload-types'
import { runMigrations } from '../../src/db/migrate'
import { closePayload, guardPoolErrors } from '../../src/db/pool'
import { adminQuery, serverURL } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'
import { createTestUser } from '../helpers/users'
import { startStreamingReplica, type StreamingReplica } from '../helpers/streamingReplica'
import { testTempDir } from '../helpers/tempDir'

// Reads through the replica identify themselves on it by this application_name.
const readerName = 'casebook_reads'
const afterWriteMs = 1000
const name = `casebook_test_${randomBytes(6).toString('hex')}`

let replica: StreamingReplica
let payload: Payload
let primary: pg.Pool
let server: TestServer

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Lets the window in which this process reads its own writes from the primary run out. */
const pastTheAfterWriteWindow = () => sleep(afterWriteMs + 200)
const unique = () => randomBytes(4).toString('hex')

const tagsOnPayload = async (slug: string) =>
  (await payload.find({ collection: 'tags', where: { slug: { equals: slug } } })).docs
const tagsOnPrimary = async (slug: string) =>
  (await primary.query('select id from tags where slug = $1', [slug])).rows
const tagsOnReplica = (slug: string) =>
  replica.query(name, 'select id from tags where slug = $1', [slug])

beforeAll(async () => {
  replica = await startStreamingReplica(serverURL())
  await adminQuery(`create database ${name}`)
  // The new database reaches the standby through the WAL, like any other change.
  await replica.caughtUp()

  process.env.DATABASE_URL = `${serverURL()}/${name}`
  process.env.DATABASE_READ_REPLICA_URLS = replica.urlFor(name, readerName)
  process.env.DATABASE_READ_REPLICA_AFTER_WRITE_MS = String(afterWriteMs)
  process.env.PAYLOAD_SECRET = randomBytes(16).toString('hex')
  process.env.EMAIL_LOG = 'off'
  process.env.LOG_LEVEL ??= 'fatal'
  process.env.CASEBOOK_DATA_DIR = await mkdtemp(path.join(testTempDir(), 'casebook-data-'))
  process.env.MEDIA_DIR = path.join(process.env.CASEBOOK_DATA_DIR, 'media')

  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  payload = await getPayload({ config })
  guardPoolErrors(payload)
  await runMigrations(payload)
  await replica.caughtUp()
  primary = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
  server = await startTestServer(config)
}, 60_000)

afterAll(async () => {
  await server?.close()
  await primary?.end()
  if (payload) await closePayload(payload)
  await replica?.stop()
  await adminQuery(`drop database if exists ${name} with (force)`)
})

describe('read replicas (DATABASE_READ_REPLICA_URLS) against a streaming standby', () => {
  it('the standby is a hot standby in recovery, refusing writes', async () => {
    const [state] = await replica.query<{ recovering: boolean }>(
      name,
      'select pg_is_in_recovery() as recovering',
    )
    expect(state?.recovering).toBe(true)
    await expect(
      replica.query(name, `insert into tags (name, slug) values ('x', 'x')`),
    ).rejects.toMatchObject({ code: '25006' })
  })

  it('reads go to the replica: a row it has not replayed yet is not found', async () => {
    await pastTheAfterWriteWindow()
    const slug = `only-on-primary-${unique()}`
    await replica.pauseReplay()
    try {
      // Written by someone else (another instance): this process does not know about it.
      await primary.query(`insert into tags (name, slug) values ('Only on primary', $1)`, [slug])
      expect(await tagsOnPrimary(slug)).toHaveLength(1)
      expect(await tagsOnPayload(slug)).toHaveLength(0)
    } finally {
      await replica.resumeReplay()
    }
    await replica.caughtUp()
    expect(await tagsOnPayload(slug)).toHaveLength(1)

    const [readers] = await replica.query<{ count: number }>(
      name,
      'select count(*)::int as count from pg_stat_activity where application_name = $1',
      [readerName],
    )
    expect(readers?.count).toBeGreaterThan(0)
  })

  it('REST reads go to the replica too', async () => {
    await pastTheAfterWriteWindow()
    const slug = `rest-${unique()}`
    // A different URL each time: a response cache must not be what the second request sees.
    const totalDocs = async (limit: number) => {
      const response = await fetch(
        `${server.url}/api/tags?where[slug][equals]=${slug}&limit=${limit}`,
      )
      return ((await response.json()) as { totalDocs: number }).totalDocs
    }
    await replica.pauseReplay()
    try {
      await primary.query(`insert into tags (name, slug) values ('Over REST', $1)`, [slug])
      expect(await totalDocs(10)).toBe(0)
    } finally {
      await replica.resumeReplay()
    }
    await replica.caughtUp()
    expect(await totalDocs(11)).toBe(1)
  })

  it('writes go to the primary, and this process reads its own write back from there', async () => {
    await pastTheAfterWriteWindow()
    const slug = `written-${unique()}`
    await replica.pauseReplay()
    try {
      await payload.create({ collection: 'tags', data: { name: 'Written', slug } as Tag })
      expect(await tagsOnPrimary(slug)).toHaveLength(1)
      expect(await tagsOnReplica(slug)).toHaveLength(0)
      // Within DATABASE_READ_REPLICA_AFTER_WRITE_MS of a write, reads here use the primary.
      expect(await tagsOnPayload(slug)).toHaveLength(1)

      // After that window a lagging replica answers: the write is not visible (stale read).
      await pastTheAfterWriteWindow()
      expect(await tagsOnPayload(slug)).toHaveLength(0)
    } finally {
      await replica.resumeReplay()
    }
    await replica.caughtUp()
    expect(await tagsOnPayload(slug)).toHaveLength(1)
  })

  it('reads inside a transaction go to the primary, whatever the replica has replayed', async () => {
    await pastTheAfterWriteWindow()
    const slug = `in-transaction-${unique()}`
    await replica.pauseReplay()
    try {
      await primary.query(`insert into tags (name, slug) values ('Transaction', $1)`, [slug])
      const transactionID = await payload.db.beginTransaction()
      if (transactionID === null) throw new Error('the adapter opened no transaction')
      const req = { payload, transactionID }
      try {
        const found = await payload.find({
          collection: 'tags',
          where: { slug: { equals: slug } },
          req,
        })
        expect(found.docs).toHaveLength(1)
      } finally {
        await payload.db.rollbackTransaction(transactionID)
      }
      expect(await tagsOnPayload(slug)).toHaveLength(0)
    } finally {
      await replica.resumeReplay()
    }
  })

  it('a sign-in reaches other instances with the replica: until then its token reads as anonymous', async () => {
    const { email, password } = await createTestUser(payload, 'reader')
    await replica.caughtUp()
    const me = async (token: string) => {
      const response = await fetch(`${server.url}/api/users/me`, {
        headers: { authorization: `JWT ${token}` },
      })
      return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
    }
    await replica.pauseReplay()
    try {
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      const { token } = (await login.json()) as { token: string }
      // The session row is written on the primary; this instance reads it from there for a while.
      expect(await me(token)).toBe(email)
      // Like an instance that did not handle the sign-in: the replica has no such session yet.
      await pastTheAfterWriteWindow()
      expect(await me(token)).toBeNull()
      await replica.resumeReplay()
      await replica.caughtUp()
      expect(await me(token)).toBe(email)
    } finally {
      await replica.resumeReplay()
    }
  })

  // Last: it stops the standby.
  it('survives its replica going away: reads fail with 503, writes still succeed', async () => {
    await replica.stop()
    await pastTheAfterWriteWindow()
    await expect(tagsOnPayload('any')).rejects.toThrow()
    const response = await fetch(`${server.url}/api/tags?where[slug][equals]=gone`)
    expect(response.status).toBe(503)
    const slug = `after-replica-${unique()}`
    await payload.create({ collection: 'tags', data: { name: 'After', slug } as Tag })
    expect(await tagsOnPrimary(slug)).toHaveLength(1)
  })
})
