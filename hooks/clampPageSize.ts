import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload accepts any `limit`, `limit=0` and `pagination=false`, which lets one request read a
 * whole table. Clamp list reads coming over REST or GraphQL; server code (Local API) is trusted.
 */
export const clampPageSize =
  (maxPageSize: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (req.payloadAPI === 'local') return args
    if (operation !== 'read' && operation !== 'readDistinct') return args
    // Relationship population (REST and GraphQL) looks up the ids one page refers to, unpaginated,
    // and is the only caller passing `currentDepth`: clamped, it would populate only 10 documents.
    if ((args as { currentDepth?: number }).currentDepth !== undefined) return args
    const listArgs = args as { limit?: number; pagination?: boolean }
    const limit = listArgs.limit
    const tooLarge = limit === undefined ? false : !(limit > 0) || limit > maxPageSize
    if (!tooLarge && listArgs.pagination !== false) return args
    return { ...args, limit: tooLarge ? maxPageSize : limit, pagination: true }
  }
