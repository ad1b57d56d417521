import type { PayloadRequest } from 'payload'

/** Options of {@link casebookPlugin}. Every option has a safe default. */
export interface CasebookPluginOptions {
  /**
   * Turn the plugin's behaviour off while keeping its collections in the schema, so a database
   * migrated with the plugin stays valid. Default: `true`.
   */
  enabled?: boolean
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
}

/** Options after defaults are applied. */
export type SanitizedCasebookOptions = Required<CasebookPluginOptions>
