import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { tableOf } from '../db/tables'
import { FrontendKeys, type KeyHolder } from '../limits/frontendKeys'
import { postgresBudgetStore } from '../limits/postgresBudgetStore'
import { SharedBudget } from '../limits/sharedBudget'
import { sendError } from './errors'

export interface RateLimits {
  budget: SharedBudget
  frontends: FrontendKeys
  /** Stops syncing (after one last sync). */
  close: () => Promise<void>
}

interface QueryablePool {
  query: (text: string, values: unknown[]) => Promise<{ rows: { id: unknown; role: unknown }[] }>
}

/**
 * The host's rate limits: one budget shared with every instance on the database (synced every
 * `syncIntervalMs`; 0 keeps counts local to this instance) and the recognition of frontend keys.
 */
export function createRateLimits(
  payload: Payload,
  { accounts, syncIntervalMs }: { accounts: string; syncIntervalMs: number },
): RateLimits {
  const budget = new SharedBudget({
    store: syncIntervalMs > 0 ? postgresBudgetStore(payload) : undefined,
    onSyncError: (error) => payload.logger.warn({ err: error, msg: 'rate limit sync failed' }),
  })
  const pool = (payload.db as unknown as { pool: QueryablePool }).pool
  const lookup = `SELECT id, role FROM "${tableOf(accounts)}" WHERE api_key_index = $1 LIMIT 1`
  const frontends = new FrontendKeys({
    collection: accounts,
    secret: payload.secret,
    lookup: async (index): Promise<KeyHolder | null> => {
      const [row] = (await pool.query(lookup, [index])).rows
      return row
        ? { id: String(row.id), role: typeof row.role === 'string' ? row.role : null }
        : null
    },
  })
  const timer = syncIntervalMs > 0 ? setInterval(() => void budget.sync(), syncIntervalMs) : null
  timer?.unref()
  return {
    budget,
    frontends,
    close: async () => {
      if (timer) clearInterval(timer)
      await budget.sync()
    },
  }
}

const setHeaders = (
  res: ServerResponse,
  name: string,
  limit: number,
  remaining: number,
  resetMs: number,
) => {
  const seconds = Math.max(1, Math.ceil(resetMs / 1000))
  res.setHeader('RateLimit-Policy', `"${name}";q=${limit};w=60`)
  res.setHeader('RateLimit', `"${name}";r=${remaining};t=${seconds}`)
  return seconds
}

export interface LimitRule {
  /** Names the budget (`api`, `auth`…): each scope counts separately. */
  scope: string
  /** Requests per minute per client address. */
  perMinute: number
  /** What is counted, for the 429 message. */
  what: string
  /** Requests with a frontend account's API key count per key, against this limit instead. */
  frontendPerMinute?: number
}

/**
 * Spends one request of `rule`'s budget for the client at `address` (or for the frontend whose
 * API key the request carries) and sets the RateLimit headers. Over the limit it answers 429 with
 * Retry-After, in Payload's error shape, and resolves false. Node's own request and response, so
 * the host applies the same limit before Express (`answerDirectReadsFirst`).
 */
export function budgetSpender(
  limits: RateLimits,
  rule: LimitRule,
): (req: IncomingMessage, res: ServerResponse, address: string | undefined) => Promise<boolean> {
  const frontendKeyOf = async (req: IncomingMessage): Promise<string | null> => {
    if (rule.frontendPerMinute === undefined) return null
    const holder = await limits.frontends.frontendOf(req.headers.authorization)
    return holder ? `frontend:${holder.id}` : null
  }
  return async (req, res, address) => {
    const frontend = await frontendKeyOf(req)
    const key = frontend ?? `${rule.scope}:${address ?? 'unknown'}`
    const limit = frontend ? (rule.frontendPerMinute ?? rule.perMinute) : rule.perMinute
    const spent = limits.budget.spend(key, limit)
    const name = frontend ? 'frontend' : rule.scope
    const seconds = setHeaders(res, name, limit, spent.remaining, spent.resetMs)
    if (spent.allowed) return true
    res.setHeader('Retry-After', String(seconds))
    sendError(res, 429, `Too many ${rule.what}; try again in a minute.`)
    return false
  }
}

/**
 * A fixed-window limit per client address (Express `req.ip`, which honours `trust proxy`), shared
 * by every instance; requests carrying a frontend account's API key count per account against
 * their own, higher limit (`budgetSpender`).
 */
export function sharedLimit(limits: RateLimits, rule: LimitRule): RequestHandler {
  const spend = budgetSpender(limits, rule)
  return async (req, res, next) => {
    if (await spend(req, res, req.ip)) next()
  }
}
