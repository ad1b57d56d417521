import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { startEmbeddedDatabase } from '../../src/db/embedded'
import { isAlive } from '../../src/db/postmaster'
import { connectionRefused, eventually, load, run, slowPost, sleep } from '../helpers/faults'
import { startServer, type RunningServer } from '../helpers/serverProcess'
import { testTempDir } from '../helpers/tempDir'

const postmasterPid = (dataDir: string): number =>
  Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])

const storiesQuery = JSON.stringify({ query: '{ Stories { totalDocs } }' })

/** SIGTERM to an idle-looking server holding one request in flight; what happens to each. */
async function sigtermWithRequestInFlight(server: RunningServer) {
  const pid = postmasterPid(server.dataDir)
  const inFlight = slowPost(`${server.url}/api/graphql`, storiesQuery)
  await sleep(300)
  const signalled = performance.now()
  process.kill(server.pid(), 'SIGTERM')
  await sleep(300)
  const refused = await connectionRefused(`${server.url}/api/health`)
  inFlight.finish()
  const answer = await inFlight.response
  const code = await server.exited
  return {
    refused,
    answer,
    code,
    exitSeconds: (performance.now() - signalled) / 1000,
    postgresAlive: isAlive(pid),
  }
}

beforeAll(async () => {
  const build = await run('npm', ['run', 'build'])
  if (build.code !== 0) throw new Error(`npm run build failed:\n${build.output}`)
}, 600_000)

describe('npm start', () => {
  it('runs the compiled build with plain node and logs JSON lines that carry the request id', async () => {
    const server = await startServer({ LOG_LEVEL: 'info' }, { command: 'npm-start' })
    try {
      const cmdline = readFileSync(`/proc/${server.pid()}/cmdline`, 'utf8').split('\0')
      expect(cmdline.filter(Boolean)).toEqual([
        'node',
        '--conditions=production',
        '--enable-source-maps',
        '--max-old-space-size=512',
        'dist/server.js',
      ])
      const environ = readFileSync(`/proc/${server.pid()}/environ`, 'utf8')
      expect(environ).not.toMatch(/tsx/)

      const response = await fetch(`${server.url}/api/stories?limit=1`, {
        headers: { 'x-request-id': 'probe-0123456789' },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('x-request-id')).toBe('probe-0123456789')
      const minted = await fetch(`${server.url}/api/health`)
      expect(minted.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)

      await eventually(async () => server.output().includes('probe-0123456789'), 5000)
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.trim())
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
      const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
      expect(logged).toContainEqual(
        expect.objectContaining({
          msg: 'request',
          reqId: 'probe-0123456789',
          method: 'GET',
          path: '/api/stories',
          status: 200,
        }),
      )
    } finally {
      await server.stop('SIGTERM')
    }
  })
})

describe('SIGTERM', () => {
  it('lets the compiled server finish a request in flight, refuse new ones and exit within 10 s', async () => {
    const server = await startServer({}, { command: 'compiled' })
    const result = await sigtermWithRequestInFlight(server)
    expect(result.refused).toBe(true)
    expect(result.answer.status).toBe(200)
    expect(JSON.parse(result.answer.body)).toEqual({ data: { Stories: { totalDocs: 0 } } })
    expect(result.code).toBe(0)
    expect(result.exitSeconds).toBeLessThan(10)
    expect(result.postgresAlive).toBe(false)
  })

  it('does the same for the development server', async () => {
    const server = await startServer({}, { command: 'dev' })
    const result = await sigtermWithRequestInFlight(server)
    expect(result.refused).toBe(true)
    expect(result.answer.status).toBe(200)
    expect(result.code).toBe(0)
    expect(result.exitSeconds).toBeLessThan(10)
    expect(result.postgresAlive).toBe(false)
    // Long: a development server with Next waits for another test's to exit (one per checkout).
  }, 600_000)
})

describe('the database stops under load', () => {
  it('answers 503 fast while it is down and recovers by itself once it is back', async () => {
    const clusterDir = await mkdtemp(path.join(testTempDir(), 'casebook-outage-'))
    let database = await startEmbeddedDatabase({ dataDir: path.join(clusterDir, 'postgres') })
    const admin = new pg.Client({ connectionString: `${database.serverURL}/postgres` })
    await admin.connect()
    await admin.query('CREATE DATABASE casebook_outage')
    await admin.end()
    const server = await startServer(
      {
        DATABASE_URL: `${database.serverURL}/casebook_outage`,
        RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
      },
      { command: 'compiled' },
    )
    try {
      // Reads (one the host answers itself, before Express), GraphQL, and a write path that
      // opens a transaction (a failed sign-in: 401).
      const requests = [
        () => fetch(`${server.url}/api/stories?limit=5`),
        () => fetch(`${server.url}/api/lessons?where[slug][equals]=no-such-lesson`),
        () =>
          fetch(`${server.url}/api/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: storiesQuery,
          }),
        () =>
          fetch(`${server.url}/api/users/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'nobody@example.test', password: 'wrong-password' }),
          }),
      ]
      let sent = 0
      const traffic = load(() => requests[sent++ % requests.length](), 9)
      await sleep(1000)
      await database.stop()
      const outageStarts = traffic.samples.length
      await sleep(2000)
      const ready = await fetch(`${server.url}/api/health/ready`)
      database = await startEmbeddedDatabase({
        dataDir: path.join(clusterDir, 'postgres'),
        port: database.port,
      })
      const recovered = await eventually(
        async () => (await fetch(`${server.url}/api/stories?limit=1`)).status === 200,
        15_000,
      )
      await traffic.stop()

      expect(ready.status).toBe(503)
      const during = traffic.samples.slice(outageStarts)
      expect(during.filter((sample) => sample.status === 503).length).toBeGreaterThan(0)
      for (const sample of traffic.samples) {
        expect([200, 401, 503]).toContain(sample.status)
        expect(sample.ms).toBeLessThan(5000)
        expect(sample.body).not.toMatch(/\bat .+:\d+:\d+|stack/)
        if (sample.status === 503) {
          expect(sample.retryAfter).toBe('5')
          expect(JSON.parse(sample.body)).toHaveProperty('errors.0.message')
        }
      }
      expect(recovered).toBe(true)
      expect((await fetch(`${server.url}/api/health/ready`)).status).toBe(200)
      expect(isAlive(server.pid())).toBe(true)
    } finally {
      await server.stop('SIGTERM')
      await database.stop()
    }
  })
})

describe('a crash during publishing', () => {
  it('leaves nothing for `reconcile --check` to find after SIGKILL', async () => {
    const adminEnv = { ADMIN_EMAIL: 'crash@casebook.localhost', ADMIN_PASSWORD: 'Crash-test-1234' }
    const server = await startServer(adminEnv, { command: 'compiled' })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: adminEnv.ADMIN_EMAIL, password: adminEnv.ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const send = (method: string, target: string, body: unknown) =>
      fetch(`${server.url}/api${target}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify(body),
      })
    const tags = await Promise.all(
      ['Crash One', 'Crash Two'].map(async (name) => {
        const created = (await (await send('POST', '/tags', { name })).json()) as {
          doc: { id: number }
        }
        return created.doc.id
      }),
    )
    const ids: number[] = []
    for (let index = 0; index < 30; index++) {
      const created = await send('POST', '/stories?draft=true', {
        title: `Crash story ${index}`,
        summary: 'Published while the server dies.',
        content: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                textStyle: '',
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: 'Body.',
                    detail: 0,
                    format: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        },
        tags,
      })
      expect(created.status).toBe(201)
      ids.push(((await created.json()) as { doc: { id: number } }).doc.id)
    }

    let answered = 0
    const publishes = ids.map((id) =>
      send('POST', `/stories/${id}/review`, { action: 'publish' }).then(
        (response) => {
          if (response.ok) answered += 1
        },
        () => undefined,
      ),
    )
    await eventually(async () => answered > 0, 30_000)
    process.kill(server.pid(), 'SIGKILL')
    await Promise.all(publishes)
    await server.exited
    expect(answered).toBeGreaterThan(0)
    expect(answered).toBeLessThan(ids.length)

    const check = await run(
      process.execPath,
      ['--conditions=production', 'dist/cli/reconcile.js', '--check'],
      {
        CASEBOOK_DATA_DIR: server.dataDir,
        LOG_LEVEL: 'fatal',
      },
    )
    expect(check.output).toContain('every derived value matches the rows it summarises')
    expect(check.code).toBe(0)

    const restarted = await startServer(adminEnv, { command: 'compiled', dataDir: server.dataDir })
    try {
      const published = (await (
        await fetch(`${restarted.url}/api/stories?limit=100&depth=0`)
      ).json()) as { totalDocs: number; docs: Array<{ reviewStatus: string }> }
      expect(published.totalDocs).toBeGreaterThanOrEqual(answered)
      expect(published.docs.every((doc) => doc.reviewStatus === 'published')).toBe(true)
      const tag = (await (await fetch(`${restarted.url}/api/tags/${tags[0]}`)).json()) as {
        counts: { stories: number }
      }
      expect(tag.counts.stories).toBe(published.totalDocs)
    } finally {
      await restarted.stop('SIGTERM')
    }
  })
})
