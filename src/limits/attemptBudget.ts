/**
 * Attempts per key in fixed one-minute windows, in memory and bounded (past `maxKeys` the oldest
 * windows are forgotten first). Per process, like the host's rate limits.
 */
export class AttemptBudget {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly perWindow: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends one attempt of `key`; false once the window's budget is used up. */
  spend(key: string): boolean {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || now - window.start >= this.windowMs) {
      this.windows.delete(key)
      while (this.windows.size >= this.maxKeys) {
        const oldest = this.windows.keys().next()
        if (oldest.done) break
        this.windows.delete(oldest.value)
      }
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    if (window.count >= this.perWindow) return false
    window.count += 1
    return true
  }

  /** Seconds until `key` has a fresh budget. */
  retryAfterSeconds(key: string): number {
    const window = this.windows.get(key)
    if (!window) return 0
    return Math.max(1, Math.ceil((window.start + this.windowMs - this.now()) / 1000))
  }
}
