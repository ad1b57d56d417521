import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { lexicalParagraphs } from '../../src/content/lexical'
import { sleep } from '../helpers/faults'
import { apiClient } from '../helpers/http'
import { adminQuery, serverURL } from '../helpers/payload'
import { startServer, type RunningServer } from '../helpers/serverProcess'

// Two real server processes start together on one empty database, as a scaled-out deploy does;
// each keeps anonymous answers far longer than the test runs.
const name = `casebook_two_${randomBytes(6).toString('hex')}`
const databaseURL = `${serverURL()}/${name}`
const admin = {
  email: 'two-instances@example.test',
  password: randomBytes(12).toString('base64url'),
}
const servers: RunningServer[] = []

beforeAll(async () => {
  await adminQuery(`create database ${name}`)
  const env = {
    DATABASE_URL: databaseURL,
    PAYLOAD_SECRET: randomBytes(16).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    RESPONSE_CACHE: 'on',
    RESPONSE_CACHE_MAX_AGE_SECONDS: '600',
    // One checkout runs one Next development server: these are API-only instances.
    SERVE_ADMIN: 'false',
    LOG_LEVEL: 'warn',
  }
  const started = await Promise.allSettled([startServer(env), startServer(env)])
  for (const result of started) if (result.status === 'fulfilled') servers.push(result.value)
  const failed = started.find((result) => result.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
}, 240_000)

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
  await adminQuery(`drop database if exists ${name} with (force)`)
})

async function sql<Row>(text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseURL })
  await client.connect()
  try {
    return (await client.query(text)).rows as Row[]
  } finally {
    await client.end()
  }
}

type List = { docs: { title: string }[] }
const titles = async (url: string, path: string): Promise<string[]> =>
  ((await apiClient(url).get<List>(path)).body.docs ?? []).map((doc) => doc.title)

/** Polls `url` until `path` shows `expected`; resolves with the milliseconds it took. */
async function millisecondsUntil(url: string, path: string, expected: string[]): Promise<number> {
  const startedAt = Date.now()
  while (Date.now() - startedAt < 5_000) {
    if (JSON.stringify(await titles(url, path)) === JSON.stringify(expected)) {
      return Date.now() - startedAt
    }
    await sleep(25)
  }
  throw new Error(`${url}${path} still does not show ${JSON.stringify(expected)}`)
}

describe('two instances started together on one empty database', () => {
  it('migrate once and create one first admin', async () => {
    expect(servers).toHaveLength(2)
    const [{ count }] = await sql<{ count: string }>('select count(*) from users')
    expect(Number(count)).toBe(1)
    const [{ batches }] = await sql<{ batches: string }>(
      `select count(*) - count(distinct name) as batches from payload_migrations`,
    )
    expect(Number(batches)).toBe(0)
  })

  it('drop each other’s cached answers within a second of a write', async () => {
    const [first, second] = servers as [RunningServer, RunningServer]
    const token = await apiClient(first.url).login(admin.email, admin.password)
    const created = await apiClient(first.url).post<{ doc: { id: number } }>('/api/stories', {
      token,
      json: {
        title: 'Shared before',
        summary: 'Two instances, one database.',
        content: lexicalParagraphs('One write, heard by both.'),
        _status: 'published',
      },
    })
    expect([created.status, created.text]).toEqual([201, expect.any(String)])
    const path = '/api/stories?where[title][like]=Shared&depth=0'
    // Each instance keeps the answer (600 s): only an invalidation can change it.
    for (const server of servers) {
      expect(await titles(server.url, path)).toEqual(['Shared before'])
      expect(await titles(server.url, path)).toEqual(['Shared before'])
    }

    for (const [writer, reader, title] of [
      [first, second, 'Shared after one'],
      [second, first, 'Shared after two'],
    ] as const) {
      const api = apiClient(writer.url)
      const writerToken = await api.login(admin.email, admin.password)
      const edit = await api.patch(`/api/stories/${created.body.doc.id}`, {
        token: writerToken,
        json: { title },
      })
      expect(edit.status).toBe(200)
      expect(await titles(writer.url, path)).toEqual([title])
      expect(await millisecondsUntil(reader.url, path, [title])).toBeLessThan(1_000)
    }
  })
})
