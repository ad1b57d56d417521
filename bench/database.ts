import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { ensureDatabase } from '../src/db/database'
import { startEmbeddedDatabase } from '../src/db/embedded'
import { runNode, waitForExit } from './compiledServer'

export interface BenchDatabase {
  url: string
  /** The run's temp directory (database files, media). */
  root: string
  /** Stops the cluster and removes its files. */
  close: () => Promise<void>
}

/** A fresh embedded PostgreSQL in a temp directory, with an empty `casebook` database. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-'))
  // postgres runs as its own system user, which must be able to enter the directory.
  await chmod(root, 0o755)
  const cluster = await startEmbeddedDatabase({ dataDir: path.join(root, 'postgres') })
  await ensureDatabase(cluster.serverURL, 'casebook')
  return {
    url: `${cluster.serverURL}/casebook`,
    root,
    close: async () => {
      await cluster.stop()
      await rm(root, { recursive: true, force: true })
    },
  }
}

/** Applies the migrations and loads the seed content with the compiled seed CLI. */
export async function seedDatabase(url: string): Promise<void> {
  const child = runNode(['dist/cli/seed.js'], { DATABASE_URL: url })
  child.stdout?.resume()
  await waitForExit(child, 'seed')
}

/**
 * Recomputes derived values (tag counts, likes, ratings) with the compiled reconcile CLI, then
 * runs it again with `--check`, which fails when anything is still off.
 */
export async function reconcileDatabase(url: string): Promise<void> {
  const fix = runNode(['dist/cli/reconcile.js'], { DATABASE_URL: url })
  fix.stdout?.resume()
  await waitForExit(fix, 'reconcile')
  await checkDatabase(url)
}

/** `reconcile --check`: fails when a counter or tag count does not match its rows. */
export async function checkDatabase(url: string): Promise<void> {
  const check = runNode(['dist/cli/reconcile.js', '--check'], { DATABASE_URL: url })
  // What is off, when anything is, is the useful part of a failure.
  check.stdout?.pipe(process.stdout)
  await waitForExit(check, 'reconcile --check')
}

/**
 * `VACUUM (ANALYZE)`: sets the visibility map and statistics as autovacuum would leave them a few
 * minutes after the load. Without it, whether a count scans only the index or visits every row
 * depends on when autovacuum happens to run during the measurements, and both servers' reads are
 * slower by the same database work, which flatters the ratios.
 */
export async function settleDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('VACUUM (ANALYZE)')
  } finally {
    await client.end()
  }
}
