import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import net, { type AddressInfo } from 'node:net'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { findFreePort } from '../../src/db/freePort'
import { isAlive } from '../../src/db/postmaster'
import { startServer } from '../helpers/serverProcess'
import { testTempDir } from '../helpers/tempDir'

// API-only (no Next): what restarts is the host and its database; Next is not part of it.
const adminEnv = {
  ADMIN_EMAIL: 'lifecycle@casebook.localhost',
  ADMIN_PASSWORD: 'Lifecycle-1234',
  SERVE_ADMIN: 'false',
}

const postmasterPid = (dataDir: string): number =>
  Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])

describe('the server process on its embedded database', () => {
  it('stops postgres on SIGINT and keeps the data for the next start', async () => {
    const first = await startServer(adminEnv)
    const pid = postmasterPid(first.dataDir)
    const login = await fetch(`${first.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: adminEnv.ADMIN_EMAIL, password: adminEnv.ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const created = await fetch(`${first.url}/api/tags`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ name: 'Survives Restarts' }),
    })
    expect(created.status).toBe(201)

    expect(await first.stop()).toBe(0)
    // Everything that uses the database stops before its pool closes.
    expect(first.output()).not.toMatch(/rate limit sync failed|after calling end on the pool/)
    expect(isAlive(pid)).toBe(false)
    expect(existsSync(path.join(first.dataDir, 'postgres', 'postmaster.pid'))).toBe(false)

    const second = await startServer(adminEnv, { dataDir: first.dataDir })
    try {
      const tags = await fetch(`${second.url}/api/tags?where[slug][equals]=survives-restarts`)
      const body = (await tags.json()) as { totalDocs: number }
      expect(body.totalDocs).toBe(1)
    } finally {
      await second.stop()
    }
  })

  it('refuses an unreachable DATABASE_URL with one line and a non-zero exit', async () => {
    const port = String(await findFreePort())
    const result = spawnSync(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', 'src/server.ts'],
      {
        env: { ...process.env, DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none', PORT: port },
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'casebook: cannot connect to database postgres://nobody:***@127.0.0.1:1/none: connect ECONNREFUSED 127.0.0.1:1',
    ])
  })

  it('refuses a busy port with one line and a non-zero exit, starting no database', async () => {
    const busy = net.createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    const { port } = busy.address() as AddressInfo
    const dataDir = await mkdtemp(path.join(testTempDir(), 'casebook-busy-'))
    try {
      const result = spawnSync(
        process.execPath,
        ['--conditions=development', '--import', 'tsx', 'src/server.ts'],
        {
          env: {
            ...process.env,
            PORT: String(port),
            CASEBOOK_DATA_DIR: dataDir,
          },
          encoding: 'utf8',
          timeout: 60_000,
        },
      )
      expect(result.status).toBe(1)
      expect(result.stderr.trim()).toBe(
        `casebook: port ${port} on 127.0.0.1 is already in use; stop the other server or set PORT`,
      )
      expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false)
    } finally {
      busy.close()
    }
  })
})
