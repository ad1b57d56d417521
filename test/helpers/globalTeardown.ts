import { rm } from 'node:fs/promises'

/** Stops the run's PostgreSQL server and removes the run's directory (its data included). */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis.casebookTestRun
  if (!run) return
  await run.stopDatabase?.()
  await rm(run.root, { recursive: true, force: true })
}
