/**
 * Polls `check` until it returns true, then resolves; rejects with `what` after `timeoutMs`. For
 * what the page reaches over time (a save settling, a cache expiring), instead of fixed sleeps.
 */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check().catch(() => false)) return
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
