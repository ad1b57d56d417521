/**
 * The SQLSTATE of a Postgres error, looked for along the chain of wrappers: drizzle's query error
 * keeps it in `cause`, a GraphQL error keeps the thrown error in `originalError`.
 */
export function sqlStateOf(error: unknown): string | null {
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.originalError ?? next.cause
  }
  return null
}
