import { describe, expect, it } from '@jest/globals'
import type pg from 'pg'

import { isDatabaseUnavailable } from '../../src/db/errors'
import { useTestApp } from '../helpers/fixture'

const { ctx } = useTestApp({ server: false })

const poolOf = (): pg.Pool => (ctx.payload.db as unknown as { pool: pg.Pool }).pool

describe('a connection lost while checked out of the pool', () => {
  // pg's pool listens only to idle clients; without a listener of its own, a checked-out client
  // whose server process ends emits an unhandled `error` and node ends the process (jest fails
  // this file with "Unhandled error").
  it('fails its holder, not the process, and the pool keeps serving', async () => {
    const client = await poolOf().connect()
    const [{ pid }] = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows
    const ended = new Promise((resolve) => client.once('end', resolve))

    await ctx.sql('select pg_terminate_backend($1)', [pid])
    await ended

    const failure = await client.query('select 1').then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(isDatabaseUnavailable(failure)).toBe(true)
    client.release(failure instanceof Error ? failure : true)

    const tags = await ctx.payload.find({ collection: 'tags', limit: 1, overrideAccess: true })
    expect(tags.totalDocs).toBeGreaterThanOrEqual(0)
    const [{ one }] = (await poolOf().query<{ one: number }>('select 1 as one')).rows
    expect(one).toBe(1)
  })
})
