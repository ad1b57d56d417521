import type { PayloadRequest, Where } from 'payload'

import type { Role } from './access/roles'

/** A signed-in account as Payload hands it to access functions and hooks. */
export type AccountDocument = Record<string, unknown> & { id: number | string }

/** Options of {@link casebookPlugin}. Every option has a safe default. */
export interface CasebookPluginOptions {
  /**
   * Slug of the auth collection that holds casebook's accounts (authors, editors, readers). When
   * the config already has it, the plugin keeps it and adds what casebook needs that it lacks
   * (public profile, role, subscription), layering casebook's rules onto its access; otherwise
   * the plugin adds its own accounts collection under this slug. Default: `users`.
   */
  users?: string
  /**
   * A signed-in account's casebook role (admin > editor > author > reader), or null for none.
   * Default: the account's `role` field.
   */
  roleOf?: (user: AccountDocument) => Role | null
  /**
   * Whether an account reads premium bodies (staff and a document's author always do). Default:
   * `subscription.tier` is `premium` and `subscription.premiumUntil` is empty or in the future.
   */
  isPremium?: (user: AccountDocument, now: Date) => boolean
  /**
   * A query matching the accounts that run the site (editors and admins), who are told about
   * submissions. Must agree with `roleOf`. Default: `role` is `editor` or `admin`.
   */
  staffWhere?: Where
  /**
   * Turn the plugin's behaviour off while keeping its collections in the schema, so a database
   * migrated with the plugin stays valid. Default: `true`.
   */
  enabled?: boolean
  /**
   * Directory uploaded images are stored in (relative paths from the working directory), e.g. a
   * mounted volume shared by every instance. Default: `media`.
   */
  mediaDir?: string
  /**
   * Largest accepted upload, in bytes. Larger uploads answer 413. Default: 5 MiB.
   */
  maxUploadBytes?: number
  /**
   * Largest `limit` a REST or GraphQL list query may ask for; larger values, `limit=0` and
   * `pagination=false` are clamped to it. Default: 100.
   */
  maxPageSize?: number
  /**
   * A view (`POST /api/{collection}/{id}/view`) counts at most once per client address and
   * document within this many seconds; repeats answer `counted: false`. Default: 1800.
   */
  viewWindowSeconds?: number
  /**
   * The address of the client that sent `req`, as the host saw it (the socket's peer, or what a
   * trusted proxy reported). Views are counted once per client and sign-in attempts are limited
   * per client by it. Supply it from the transport, never from a header a client can send; `null`
   * means unknown, and all such requests share one budget. Default: `() => null`.
   */
  clientAddress?: (req: PayloadRequest) => string | null
  /**
   * Password checks (login, forgot-password) per client per minute, over every transport and
   * counting each GraphQL alias; past it they answer 429. Default: 20.
   */
  authAttemptsPerMinute?: number
  /** Outgoing webhooks (the `webhooks` collection): network limits and retries. */
  webhooks?: WebhookOptions
}

/** How casebook delivers webhooks. */
export interface WebhookOptions {
  /**
   * Allow webhook URLs that resolve to loopback, private, link-local, CGNAT, multicast or
   * unspecified addresses. Off by default, so a webhook cannot be aimed at internal services;
   * turn it on for local development and tests only. Default: `false`.
   */
  allowPrivateUrls?: boolean
  /** How long one delivery attempt may take, connection to response, in ms. Default: 5000. */
  timeoutMs?: number
  /** Attempts per delivery, the first included, before it is marked failed. Default: 5. */
  maxAttempts?: number
  /**
   * Wait before the first retry, in ms; each further retry waits twice as long as the one
   * before (with the defaults: 10 s, 20 s, 40 s, 80 s). Default: 10000.
   */
  retryDelayMs?: number
  /**
   * When the delivery queue is run: a cron expression with a seconds field, as Payload's
   * `jobs.autoRun` takes it. Default: every five seconds.
   */
  runCron?: string
}

/** Options after defaults are applied. */
export type SanitizedCasebookOptions = Required<Omit<CasebookPluginOptions, 'webhooks'>> & {
  webhooks: Required<WebhookOptions>
}
