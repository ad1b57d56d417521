import pg from 'pg'

const textOf = (query: unknown): string =>
  typeof query === 'string' ? query : String((query as { text?: unknown } | null)?.text ?? '')

/**
 * Runs `work` and returns the SQL statements every pg client in this process sent meanwhile
 * (in-process servers included), counted at the driver.
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = []
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = prototype.query
  prototype.query = function counted(this: unknown, ...args: unknown[]) {
    statements.push(textOf(args[0]))
    return original.apply(this, args)
  }
  try {
    await work()
  } finally {
    prototype.query = original
  }
  return statements
}

/**
 * Waits until no pg client in this process has sent a statement for `quietMs` (at most
 * `timeoutMs`): work a write left behind after it answered (after-commit hooks, queued jobs)
 * must not be counted as the next request's.
 */
export async function untilDatabaseQuiet(quietMs = 300, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const sent = await statementsDuring(
      () => new Promise((resolve) => setTimeout(resolve, quietMs)),
    )
    if (sent.length === 0) return
  }
  throw new Error(`the database did not go quiet within ${timeoutMs} ms`)
}
