import { spawnSync } from 'node:child_process'

import { describe, expect, it } from '@jest/globals'

import { findFreePort } from '../../src/db/freePort'
import { serverURL } from '../helpers/payload'

/** Starts the server with `env` added and returns what it said on stderr, expecting it to fail. */
async function failedStart(env: Record<string, string>): Promise<string[]> {
  const result = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'src/server.ts'],
    {
      env: { ...process.env, PORT: String(await findFreePort()), ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  expect(result.status).toBe(1)
  return result.stderr.trim().split('\n')
}

describe('scale-out settings are checked at start, with one line each', () => {
  it('refuses a partial S3 configuration', async () => {
    expect(
      await failedStart({ S3_BUCKET: 'casebook-media', S3_SECRET_ACCESS_KEY: 'hidden-value' }),
    ).toEqual([
      'casebook: media on S3 needs S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY ' +
        '(S3_ENDPOINT and S3_FORCE_PATH_STYLE optional); S3_BUCKET, S3_SECRET_ACCESS_KEY are set ' +
        'but S3_REGION, S3_ACCESS_KEY_ID are not. Set all of them, or none to keep media on disk.',
    ])
  })

  it('refuses a malformed read replica URL, hiding its password', async () => {
    expect(
      await failedStart({
        DATABASE_URL: `${serverURL()}/postgres`,
        DATABASE_READ_REPLICA_URLS: `${serverURL()}/postgres, mysql://reader:hidden-value@db/x`,
      }),
    ).toEqual([
      'casebook: DATABASE_READ_REPLICA_URLS: entry 2 (mysql://reader:***@db/x) must start with ' +
        'postgres:// or postgresql://',
    ])
  })

  it('refuses an unreachable read replica', async () => {
    expect(
      await failedStart({
        DATABASE_URL: `${serverURL()}/postgres`,
        DATABASE_READ_REPLICA_URLS: 'postgres://reader:hidden-value@127.0.0.1:1/casebook',
      }),
    ).toEqual([
      'casebook: DATABASE_READ_REPLICA_URLS: entry 1: cannot connect to database ' +
        'postgres://reader:***@127.0.0.1:1/casebook: connect ECONNREFUSED 127.0.0.1:1',
    ])
  })
})
