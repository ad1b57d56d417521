import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createStory } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { startServer, type RunningServer } from '../helpers/serverProcess'
import { createTestUser } from '../helpers/users'

/** The per-address budget on /api that both instances enforce together. */
const budget = 30
/** How often each instance syncs its counts. */
const syncMs = 300
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// A migrated database of this file's own, which both server processes share.
const { ctx } = useTestApp({ server: false })
let one: RunningServer
let two: RunningServer

beforeAll(async () => {
  // An account exists, so neither instance creates a first admin.
  await createTestUser(ctx.payload, 'admin')
  const env = {
    DATABASE_URL: ctx.databaseURL,
    RATE_LIMIT_API_PER_MINUTE: String(budget),
    RATE_LIMIT_SYNC_MS: String(syncMs),
    // Each test names its own client with X-Forwarded-For, so their budgets are apart.
    TRUST_PROXY: 'loopback',
    // One checkout runs one Next development server: these are API-only instances.
    SERVE_ADMIN: 'false',
    // Every request reaches the rate limiter (cache hits are not counted).
    RESPONSE_CACHE: 'off',
    LOG_LEVEL: 'warn',
  }
  // Both start at once; the database is already migrated and has an account.
  ;[one, two] = await Promise.all([startServer(env), startServer(env)])
}, 180_000)

afterAll(async () => {
  await Promise.all([one?.stop('SIGTERM'), two?.stop('SIGTERM')])
})

/** Windows are whole clock minutes: start with enough of one left to finish in it. */
async function freshEnoughWindow(neededMs = 15_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000)
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50))
}

const limitedClient = { 'x-forwarded-for': '10.40.0.1' }
const viewingClient = { 'x-forwarded-for': '10.40.0.2' }

/**
 * Waits until the shared table holds `count` requests of the limited client: every instance that
 * served them has synced (and read the total back, in the same statement). Polled, not timed, so
 * a loaded machine that delays a sync cannot fail the test.
 */
async function storedCount(count: number): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const [row] = await ctx.sql<{ count: number | null }>(
      `SELECT sum(count)::int AS count FROM rate_limit_windows WHERE key = 'api:10.40.0.1'`,
    )
    if ((row?.count ?? 0) >= count) break
    if (Date.now() > deadline) throw new Error(`the shared count never reached ${count}`)
    await sleep(50)
  }
  // The instance applies the totals it read back right after its statement returns.
  await sleep(syncMs)
}

const get = async (server: RunningServer) =>
  (await fetch(`${server.url}/api/stories?limit=1`, { headers: limitedClient })).status

async function statuses(server: RunningServer, count: number): Promise<number[]> {
  const seen: number[] = []
  for (let i = 0; i < count; i += 1) seen.push(await get(server))
  return seen
}

describe('two instances on one database', () => {
  it('share one rate-limit budget per client address', async () => {
    await freshEnoughWindow()
    expect(await statuses(one, 20)).toEqual(Array(20).fill(200))
    await storedCount(20)
    // The second instance learns the first one's 20 at its first sync after serving this client.
    expect(await get(two)).toBe(200)
    await storedCount(21)
    const rest = await statuses(two, 15)
    expect(rest.filter((status) => status === 200)).toHaveLength(budget - 21)
    expect(rest.slice(budget - 21)).toEqual(Array(15 - (budget - 21)).fill(429))
    await storedCount(budget)
    // The first instance may not have synced since the second spent the rest: then it still
    // counts 20 and serves one more (the documented overshoot, at most one sync interval's
    // traffic) before it syncs and stops. Either way it stops at the shared budget.
    const overshoot = (await get(one)) === 200 ? 1 : 0
    await storedCount(budget + overshoot)
    expect(await get(one)).toBe(429)
    const [row] = await ctx.sql<{ count: number }>(
      `SELECT sum(count)::int AS count FROM rate_limit_windows WHERE key = 'api:10.40.0.1'`,
    )
    expect(row.count).toBe(budget + overshoot)
  })

  it('count a view once when one client views a document through both at once', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const view = (server: RunningServer) =>
      fetch(`${server.url}/api/stories/${story.id}/view`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...viewingClient },
        body: '{}',
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { counted: boolean; views: number },
      }))
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => view(i % 2 === 0 ? one : two)),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200))
    expect(answers.filter((answer) => answer.body.counted)).toHaveLength(1)
    const stored = await ctx.payload.findByID({ collection: 'stories', id: story.id })
    expect(stored.views).toBe(1)
  })
})
