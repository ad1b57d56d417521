/**
 * The first `code` along the chain of wrappers that `accept` takes: drizzle's query error keeps
 * the driver's error in `cause`, a GraphQL error keeps the thrown error in `originalError`.
 */
export function codeAlongCauses(error: unknown, accept: (code: string) => boolean): string | null {
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && accept(code)) return code
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.originalError ?? next.cause
  }
  return null
}

/** The SQLSTATE of a Postgres error, looked for along the chain of wrappers. */
export const sqlStateOf = (error: unknown): string | null =>
  codeAlongCauses(error, (code) => /^[0-9A-Z]{5}$/.test(code))
