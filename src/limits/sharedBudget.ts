/** Requests served per key and window, summed over every instance, as the database last said. */
export interface WindowTotal {
  key: string
  windowStart: number
  count: number
}

/** One pending delta: requests this instance served for `key` in the window since its last sync. */
export interface WindowDelta {
  key: string
  windowStart: number
  delta: number
}

/**
 * Where instances add up their counts: adds each delta to the shared total of its (key, window)
 * and answers the new totals, in one statement; `sweepBefore` (when set) also drops windows that
 * started before it.
 */
export type BudgetStore = (
  deltas: WindowDelta[],
  sweepBefore: number | null,
) => Promise<WindowTotal[]>

export interface SharedBudgetOptions {
  /** Adds deltas to the shared totals; absent: counts stay local to this instance. */
  store?: BudgetStore
  windowMs?: number
  /** Keys remembered at most; past it the oldest windows are forgotten first. */
  maxKeys?: number
  now?: () => number
  /** Told when a sync fails (counts stay pending and go with the next sync). */
  onSyncError?: (error: unknown) => void
}

interface Window {
  start: number
  /** The shared total at the last sync, this instance's synced requests included. */
  synced: number
  /** Requests served here since the last sync began. */
  pending: number
  /** Requests sent with the sync under way, not yet in `synced`: still spent meanwhile. */
  inFlight: number
}

/** The outcome of {@link SharedBudget.spend}. */
export interface Spent {
  allowed: boolean
  /** Requests left in the window, as this instance knows it. */
  remaining: number
  /** Milliseconds until the window ends. */
  resetMs: number
}

/**
 * Fixed one-minute windows (aligned on the clock, so every instance means the same window) of
 * requests per key, shared by every instance of the host without a database round trip per
 * request: each instance counts locally and, about once a second, adds its deltas to a table and
 * reads back the totals (one statement per sync). A request is allowed while the last known
 * total plus what this instance served since is under the limit.
 *
 * The approximation: between two syncs an instance does not see what the others served, so a
 * budget can be exceeded by at most what the other instances served within one sync interval
 * (with N instances and a client spreading evenly, by at most (N − 1) / N of one interval's
 * traffic). A sync that fails leaves the counts pending; enforcement continues locally.
 */
export class SharedBudget {
  private readonly windows = new Map<string, Window>()
  private readonly windowMs: number
  private readonly maxKeys: number
  private readonly now: () => number
  private syncing: Promise<void> | null = null
  private lastSweep = 0

  constructor(private readonly options: SharedBudgetOptions = {}) {
    this.windowMs = options.windowMs ?? 60_000
    this.maxKeys = options.maxKeys ?? 100_000
    this.now = options.now ?? Date.now
  }

  /** Spends one request of `key`'s budget of `limit` per window, unless it is used up. */
  spend(key: string, limit: number): Spent {
    const now = this.now()
    const start = now - (now % this.windowMs)
    const resetMs = start + this.windowMs - now
    const window = this.windowOf(key, start)
    const used = window.synced + window.inFlight + window.pending
    if (used >= limit) return { allowed: false, remaining: 0, resetMs }
    window.pending += 1
    return { allowed: true, remaining: limit - used - 1, resetMs }
  }

  /**
   * Sends every pending delta in one statement and takes the totals it answers. Keys go in a
   * fixed order, so instances syncing at once lock their rows in the same order.
   */
  sync(): Promise<void> {
    this.syncing ??= this.syncOnce().finally(() => {
      this.syncing = null
    })
    return this.syncing
  }

  get size(): number {
    return this.windows.size
  }

  private async syncOnce(): Promise<void> {
    const store = this.options.store
    if (!store) return
    const now = this.now()
    const current = now - (now % this.windowMs)
    const sent = [...this.windows.entries()]
      .filter(([, window]) => window.pending > 0 && window.start === current)
      .map(([key, window]) => ({ key, windowStart: window.start, delta: window.pending }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    this.forgetPastWindows(current)
    if (sent.length === 0) return
    const sweep = now - this.lastSweep >= this.windowMs ? current - this.windowMs : null
    for (const { key, delta } of sent) {
      const window = this.windowOf(key, current)
      window.pending -= delta
      window.inFlight = delta
    }
    const landed = (key: string, windowStart: number): Window | undefined => {
      const window = this.windows.get(key)
      return window?.start === windowStart ? window : undefined
    }
    try {
      const totals = await store(sent, sweep)
      if (sweep !== null) this.lastSweep = now
      for (const total of totals) {
        const window = landed(total.key, total.windowStart)
        if (window) window.synced = total.count
      }
      for (const { key, windowStart } of sent) {
        const window = landed(key, windowStart)
        if (window) window.inFlight = 0
      }
    } catch (error) {
      for (const { key, windowStart } of sent) {
        const window = landed(key, windowStart)
        if (!window) continue
        window.pending += window.inFlight
        window.inFlight = 0
      }
      this.options.onSyncError?.(error)
    }
  }

  private windowOf(key: string, start: number): Window {
    const existing = this.windows.get(key)
    if (existing?.start === start) return existing
    this.windows.delete(key)
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next()
      if (oldest.done) break
      this.windows.delete(oldest.value)
    }
    const window: Window = { start, synced: 0, pending: 0, inFlight: 0 }
    this.windows.set(key, window)
    return window
  }

  private forgetPastWindows(current: number): void {
    for (const [key, window] of this.windows) {
      if (window.start < current) this.windows.delete(key)
    }
  }
}
