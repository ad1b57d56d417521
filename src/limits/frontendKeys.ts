import { createHmac } from 'node:crypto'

/** The account an API key belongs to, as far as rate limits care. */
export interface KeyHolder {
  id: string
  role: string | null
}

/** Finds the account whose `apiKeyIndex` is `index` (one query; only on a cache miss). */
export type KeyLookup = (index: string) => Promise<KeyHolder | null>

export interface FrontendKeysOptions {
  /** The auth collection's slug: keys arrive as `Authorization: <slug> API-Key <key>`. */
  collection: string
  /** Payload's secret, which `apiKeyIndex` is an HMAC with. */
  secret: string
  lookup: KeyLookup
  /** How long an answer (a frontend, another account or no account) is kept. Default 30 s. */
  ttlMs?: number
  /** Keys remembered at most; past it the oldest are forgotten first. Default 10,000. */
  maxEntries?: number
  now?: () => number
}

interface Entry {
  expires: number
  holder: Promise<KeyHolder | null>
}

/**
 * Which requests carry the API key of a `frontend` account, without a database query per request:
 * the key's index (Payload stores `apiKeyIndex` as the HMAC-SHA256 of the key with the secret) is
 * looked up once and the answer kept for a short while, in a bounded map; concurrent misses of one
 * key share one lookup. A key that was revoked, regenerated or moved to another role keeps its
 * cached answer for at most `ttlMs` (Payload itself refuses a revoked key at once). Whether the key
 * is valid for the request is Payload's decision; this only picks the rate limit.
 */
export class FrontendKeys {
  private readonly entries = new Map<string, Entry>()
  private readonly prefix: string
  private readonly ttlMs: number
  private readonly maxEntries: number
  private readonly now: () => number

  constructor(private readonly options: FrontendKeysOptions) {
    this.prefix = `${options.collection} API-Key `
    this.ttlMs = options.ttlMs ?? 30_000
    this.maxEntries = options.maxEntries ?? 10_000
    this.now = options.now ?? Date.now
  }

  /** The frontend account whose key the `Authorization` header carries, or null. */
  async frontendOf(authorization: string | undefined): Promise<KeyHolder | null> {
    if (!authorization?.startsWith(this.prefix)) return null
    const key = authorization.slice(this.prefix.length)
    if (key === '') return null
    const index = createHmac('sha256', this.options.secret).update(key).digest('hex')
    const holder = await this.holderOf(index)
    return holder?.role === 'frontend' ? holder : null
  }

  get size(): number {
    return this.entries.size
  }

  private holderOf(index: string): Promise<KeyHolder | null> {
    const now = this.now()
    const cached = this.entries.get(index)
    if (cached && cached.expires > now) return cached.holder
    this.entries.delete(index)
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next()
      if (oldest.done) break
      this.entries.delete(oldest.value)
    }
    const holder = this.options.lookup(index).catch(() => {
      // A failed lookup is not remembered: the next request asks again.
      this.entries.delete(index)
      return null
    })
    this.entries.set(index, { expires: now + this.ttlMs, holder })
    return holder
  }
}
