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
}

/** Options after defaults are applied. */
export type SanitizedCasebookOptions = Required<CasebookPluginOptions>
