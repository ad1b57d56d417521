/** A response as sent: what a cache keeps and a conditional GET compares. */
export interface StoredAnswer {
  status: number
  /** Headers worth repeating (content type); never Set-Cookie. */
  headers: [string, string][]
  body: Buffer
  /** Strong validator of `body`, quoted. */
  etag: string
  /** The same for every anonymous caller (a 200 that set no cookie): may be kept and shared. */
  shareable: boolean
}

interface Entry {
  answer: StoredAnswer
  dependencies: readonly string[]
  expiresAt: number
  bytes: number
}

interface Computation {
  dependencies: readonly string[]
  answer: Promise<StoredAnswer>
}

export interface ResponseCacheOptions {
  /** How long an answer is served from memory (bounds how stale counters can be). */
  ttlMs: number
  /** Memory budget for bodies and keys; least recently used answers go first. */
  maxBytes: number
  now?: () => number
}

/** What the cache did, for tests and the benchmark. */
export interface ResponseCacheStats {
  hits: number
  computations: number
  stored: number
  invalidations: number
}

/**
 * Answers to anonymous reads, in memory, by request key. Each answer names the collections it was
 * built from; {@link invalidate} drops every answer built from a written collection at once, and a
 * computation that was running while one of its collections was written is answered but not kept
 * (it may have read the old rows). Concurrent misses for one key share one computation.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>()
  private readonly keysByDependency = new Map<string, Set<string>>()
  private readonly inFlight = new Map<string, Computation>()
  private readonly generations = new Map<string, number>()
  private epoch = 0
  private bytes = 0
  private readonly now: () => number
  readonly stats: ResponseCacheStats = { hits: 0, computations: 0, stored: 0, invalidations: 0 }

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now
  }

  /** The fresh answer for `key`, if there is one. */
  peek(key: string): StoredAnswer | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= this.now()) {
      this.remove(key)
      return undefined
    }
    // Re-inserted so the map's order stays least recently used first.
    this.entries.delete(key)
    this.entries.set(key, entry)
    this.stats.hits += 1
    return entry.answer
  }

  /**
   * The answer for `key`: from memory, from a computation already running for it, or from
   * `compute` (kept when `keep` says so and nothing it depends on was written meanwhile).
   */
  async fetch(
    key: string,
    dependencies: readonly string[],
    compute: () => Promise<StoredAnswer>,
    keep: (answer: StoredAnswer) => boolean,
  ): Promise<StoredAnswer> {
    const fresh = this.peek(key)
    if (fresh) return fresh
    const running = this.inFlight.get(key)
    if (running) return running.answer
    const startedAt = this.versionOf(dependencies)
    this.stats.computations += 1
    const answer = compute().then((computed) => {
      if (keep(computed) && this.versionOf(dependencies) === startedAt) {
        this.store(key, dependencies, computed)
      }
      return computed
    })
    const computation: Computation = { dependencies, answer }
    this.inFlight.set(key, computation)
    const settled = () => {
      if (this.inFlight.get(key) === computation) this.inFlight.delete(key)
    }
    answer.then(settled, settled)
    return answer
  }

  /** Drops every answer built from any of `dependencies`; returns how many went. */
  invalidate(dependencies: Iterable<string>): number {
    let dropped = 0
    for (const dependency of dependencies) {
      this.generations.set(dependency, (this.generations.get(dependency) ?? 0) + 1)
      for (const key of [...(this.keysByDependency.get(dependency) ?? [])]) {
        this.remove(key)
        dropped += 1
      }
      // Later requests must not join a computation that may have read the old rows.
      for (const [key, computation] of this.inFlight) {
        if (computation.dependencies.includes(dependency)) this.inFlight.delete(key)
      }
    }
    this.stats.invalidations += 1
    return dropped
  }

  /** Drops everything (e.g. when writes elsewhere may have been missed). */
  clear(): void {
    this.epoch += 1
    for (const key of [...this.entries.keys()]) this.remove(key)
    this.inFlight.clear()
  }

  /** Entries held now. */
  get size(): number {
    return this.entries.size
  }

  private versionOf(dependencies: readonly string[]): string {
    return [this.epoch, ...dependencies.map((name) => this.generations.get(name) ?? 0)].join(':')
  }

  private store(key: string, dependencies: readonly string[], answer: StoredAnswer): void {
    const bytes = answer.body.length + key.length
    if (bytes > this.options.maxBytes) return
    this.remove(key)
    this.entries.set(key, {
      answer,
      dependencies,
      expiresAt: this.now() + this.options.ttlMs,
      bytes,
    })
    this.bytes += bytes
    for (const dependency of dependencies) {
      const keys = this.keysByDependency.get(dependency) ?? new Set<string>()
      keys.add(key)
      this.keysByDependency.set(dependency, keys)
    }
    this.stats.stored += 1
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break
      this.remove(oldest)
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
    for (const dependency of entry.dependencies) {
      const keys = this.keysByDependency.get(dependency)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByDependency.delete(dependency)
    }
  }
}
