/**
 * Which (client, item) pairs had a view counted recently: one counted view per pair per window,
 * so reloading a page, or a script from one address, cannot inflate a count. In memory and
 * bounded: past `maxEntries` the oldest pairs are forgotten first (they could count again early).
 * Per process, so each instance of a scaled-out host keeps its own.
 */
export class RecentViews {
  // Insertion order is expiry order (one fixed window), so expired entries sit at the front.
  private readonly expiries = new Map<string, number>()

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a view of `key` and returns true, or false if one was counted within the window. */
  claim(key: string): boolean {
    const now = this.now()
    this.forgetExpired(now)
    const expiry = this.expiries.get(key)
    if (expiry !== undefined && expiry > now) return false
    this.expiries.delete(key)
    while (this.expiries.size >= this.maxEntries) this.forgetOldest()
    this.expiries.set(key, now + this.windowMs)
    return true
  }

  /** Undoes a claim whose view was not counted after all (e.g. the item was not found). */
  release(key: string): void {
    this.expiries.delete(key)
  }

  get size(): number {
    return this.expiries.size
  }

  private forgetExpired(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > now) return
      this.expiries.delete(key)
    }
  }

  private forgetOldest(): void {
    const oldest = this.expiries.keys().next()
    if (!oldest.done) this.expiries.delete(oldest.value)
  }
}
