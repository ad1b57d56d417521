import { describe, expect, it } from '@jest/globals'

import { FrontendKeys, type KeyHolder } from '../../src/limits/frontendKeys'
import { SharedBudget, type BudgetStore, type WindowDelta } from '../../src/limits/sharedBudget'

/** A stand-in for the database table: totals per key and window, summed over instances. */
function sharedTable() {
  const totals = new Map<string, number>()
  const calls: { deltas: WindowDelta[]; sweepBefore: number | null }[] = []
  const store: BudgetStore = async (deltas, sweepBefore) => {
    calls.push({ deltas, sweepBefore })
    return deltas.map(({ key, windowStart, delta }) => {
      const id = `${key}@${windowStart}`
      const count = (totals.get(id) ?? 0) + delta
      totals.set(id, count)
      return { key, windowStart, count }
    })
  }
  return { store, calls }
}

const spendTimes = (budget: SharedBudget, key: string, limit: number, times: number) =>
  Array.from({ length: times }, () => budget.spend(key, limit).allowed).filter(Boolean).length

describe('a rate-limit budget shared by instances', () => {
  const clock = { now: 120_000 + 5_000 }
  const now = () => clock.now

  it('counts locally and allows up to the limit without a store', () => {
    const budget = new SharedBudget({ now })
    expect(spendTimes(budget, 'a', 10, 15)).toBe(10)
    expect(budget.spend('a', 10)).toMatchObject({ allowed: false, remaining: 0, resetMs: 55_000 })
  })

  it('enforces what the other instances served once a sync has told it', async () => {
    const { store, calls } = sharedTable()
    const one = new SharedBudget({ store, now })
    const two = new SharedBudget({ store, now })
    expect(spendTimes(one, 'client', 10, 6)).toBe(6)
    await one.sync()
    expect(spendTimes(two, 'client', 10, 1)).toBe(1)
    await two.sync()
    // Two now knows the shared total (7): three more, not nine.
    expect(spendTimes(two, 'client', 10, 9)).toBe(3)
    expect(calls.map((call) => call.deltas.map((delta) => delta.delta))).toEqual([[6], [1]])
  })

  it('sends nothing when nothing was served, and one statement per sync with sorted keys', async () => {
    const { store, calls } = sharedTable()
    const budget = new SharedBudget({ store, now })
    await budget.sync()
    expect(calls).toHaveLength(0)
    budget.spend('b', 5)
    budget.spend('a', 5)
    budget.spend('b', 5)
    await budget.sync()
    expect(calls).toHaveLength(1)
    expect(calls[0].deltas.map(({ key, delta }) => [key, delta])).toEqual([
      ['a', 1],
      ['b', 2],
    ])
    // The first sync also sweeps windows before the previous one.
    expect(calls[0].sweepBefore).toBe(60_000)
  })

  it('still counts what a sync under way carries, until its totals arrive', async () => {
    const { store } = sharedTable()
    let release: () => void = () => undefined
    const slowStore: BudgetStore = async (deltas, sweep) => {
      await new Promise<void>((resolve) => {
        release = resolve
      })
      return store(deltas, sweep)
    }
    const budget = new SharedBudget({ store: slowStore, now })
    expect(spendTimes(budget, 'k', 10, 10)).toBe(10)
    const syncing = budget.sync()
    // The ten are on their way to the table: they are still spent.
    expect(spendTimes(budget, 'k', 10, 3)).toBe(0)
    release()
    await syncing
    expect(spendTimes(budget, 'k', 10, 3)).toBe(0)
  })

  it('returns the counts of a failed sync to pending, spent all along', async () => {
    let fail: (error: Error) => void = () => undefined
    const budget = new SharedBudget({
      store: () =>
        new Promise((_, reject) => {
          fail = reject
        }),
      now,
      onSyncError: () => undefined,
    })
    expect(spendTimes(budget, 'k', 5, 4)).toBe(4)
    const syncing = budget.sync()
    expect(spendTimes(budget, 'k', 5, 3)).toBe(1)
    fail(new Error('down'))
    await syncing
    expect(spendTimes(budget, 'k', 5, 3)).toBe(0)
  })

  it('keeps counts pending when a sync fails and sends them with the next one', async () => {
    const { store, calls } = sharedTable()
    let failing = true
    const errors: unknown[] = []
    const budget = new SharedBudget({
      store: (deltas, sweep) =>
        failing ? Promise.reject(new Error('down')) : store(deltas, sweep),
      now,
      onSyncError: (error) => errors.push(error),
    })
    spendTimes(budget, 'k', 100, 4)
    await budget.sync()
    expect(errors).toHaveLength(1)
    failing = false
    spendTimes(budget, 'k', 100, 1)
    await budget.sync()
    expect(calls.map((call) => call.deltas)).toEqual([
      [{ key: 'k', windowStart: 120_000, delta: 5 }],
    ])
  })

  it('starts a fresh budget in the next window and forgets past windows', async () => {
    const { store } = sharedTable()
    const local = { now: 60_000 }
    const budget = new SharedBudget({ store, now: () => local.now })
    expect(spendTimes(budget, 'x', 3, 5)).toBe(3)
    local.now = 120_000
    expect(spendTimes(budget, 'x', 3, 5)).toBe(3)
    local.now = 180_000
    await budget.sync()
    expect(budget.size).toBe(0)
  })

  it('is bounded: past maxKeys the oldest keys are forgotten', () => {
    const budget = new SharedBudget({ now, maxKeys: 3 })
    for (const key of ['a', 'b', 'c', 'd']) budget.spend(key, 1)
    expect(budget.size).toBe(3)
    expect(budget.spend('a', 1).allowed).toBe(true)
  })
})

describe('recognising frontend API keys', () => {
  const secret = 'secret'
  const holders: Record<string, KeyHolder> = {}
  let lookups = 0
  const clock = { now: 0 }
  const keys = new FrontendKeys({
    collection: 'users',
    secret,
    lookup: async (index) => {
      lookups += 1
      return holders[index] ?? null
    },
    ttlMs: 1000,
    maxEntries: 2,
    now: () => clock.now,
  })

  it('finds a frontend by the HMAC of its key, once per key and cache time', async () => {
    const { createHmac } = await import('node:crypto')
    const index = (key: string) => createHmac('sha256', secret).update(key).digest('hex')
    holders[index('front')] = { id: '1', role: 'frontend' }
    holders[index('staff')] = { id: '2', role: 'editor' }
    const answers = await Promise.all([
      keys.frontendOf('users API-Key front'),
      keys.frontendOf('users API-Key front'),
      keys.frontendOf('users API-Key front'),
    ])
    expect(answers).toEqual([
      { id: '1', role: 'frontend' },
      { id: '1', role: 'frontend' },
      { id: '1', role: 'frontend' },
    ])
    expect(lookups).toBe(1)
    expect(await keys.frontendOf('users API-Key staff')).toBeNull()
    expect(await keys.frontendOf('users API-Key nobody')).toBeNull()
    expect(await keys.frontendOf('JWT front')).toBeNull()
    expect(await keys.frontendOf('other API-Key front')).toBeNull()
    expect(await keys.frontendOf(undefined)).toBeNull()
    expect(keys.size).toBeLessThanOrEqual(2)
    clock.now = 2000
    const before = lookups
    await keys.frontendOf('users API-Key front')
    expect(lookups).toBe(before + 1)
  })
})
