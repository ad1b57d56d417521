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
  if (left < neededMs) await sleep(left + 50)
}

const viewingClient = { 'x-forwarded-for': '10.40.0.2' }

/** The shared count of `address`'s requests, and in how many clock windows they fell. */
async function shared(address: string): Promise<{ count: number; windows: number }> {
  const [row] = await ctx.sql<{ count: number | null; windows: number }>(
    `SELECT sum(count)::int AS count, count(*)::int AS windows FROM rate_limit_windows
      WHERE key = $1`,
    [`api:${address}`],
  )
  return { count: row?.count ?? 0, windows: row?.windows ?? 0 }
}

/**
 * Waits until the shared table holds `count` requests of `address`: every instance that served
 * them has synced (and read the total back, in the same statement). Polled, not timed, so a
 * loaded machine that delays a sync cannot fail the test.
 */
async function storedCount(address: string, count: number): Promise<void> {
  const deadline = Date.now() + 10_000
  while ((await shared(address)).count < count) {
    if (Date.now() > deadline) throw new Error(`the shared count never reached ${count}`)
    await sleep(50)
  }
  // The instance applies the totals it read back right after its statement returns.
  await sleep(syncMs)
}

async function statuses(server: RunningServer, address: string, count: number): Promise<number[]> {
  const seen: number[] = []
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`${server.url}/api/stories?limit=1`, {
      headers: { 'x-forwarded-for': address },
    })
    seen.push(response.status)
  }
  return seen
}

interface Spending {
  first: number[]
  second: number[]
  rest: number[]
  overshoot: number
  last: number
  stored: number
  windows: number
}

/**
 * One client spends its budget across both instances: 20 requests through the first, then the
 * rest through the second, then one more through the first.
 */
async function spendAcrossInstances(address: string): Promise<Spending> {
  await freshEnoughWindow()
  const first = await statuses(one, address, 20)
  await storedCount(address, 20)
  // The second instance learns the first one's 20 at its first sync after serving this client.
  const second = await statuses(two, address, 1)
  await storedCount(address, 21)
  const rest = await statuses(two, address, 15)
  await storedCount(address, budget)
  // The first instance may not have synced since the second spent the rest: then it still
  // counts 20 and serves one more (the documented overshoot, at most one sync interval's
  // traffic) before it syncs and stops. Either way it stops at the shared budget.
  const [extra] = await statuses(one, address, 1)
  const overshoot = extra === 200 ? 1 : 0
  await storedCount(address, budget + overshoot)
  const [last] = await statuses(one, address, 1)
  const { count, windows } = await shared(address)
  return { first, second, rest, overshoot, last, stored: count, windows }
}

describe('two instances on one database', () => {
  it('share one rate-limit budget per client address', async () => {
    // A slow machine can cross into the next clock minute midway, which starts a new budget:
    // such an attempt proves nothing, so it is run again with a new client in a fresh window.
    let spent = await spendAcrossInstances('10.40.0.1')
    if (spent.windows > 1) spent = await spendAcrossInstances('10.40.0.3')
    expect(spent.windows).toBe(1)
    expect(spent.first).toEqual(Array(20).fill(200))
    expect(spent.second).toEqual([200])
    expect(spent.rest.filter((status) => status === 200)).toHaveLength(budget - 21)
    expect(spent.rest.slice(budget - 21)).toEqual(Array(15 - (budget - 21)).fill(429))
    expect(spent.last).toBe(429)
    expect(spent.stored).toBe(budget + spent.overshoot)
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
