import { chmod, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedDatabase } from '../src/db/embedded'
import { startTestPayload } from '../test/helpers/payload'
import { startTestServer } from '../test/helpers/server'
import { seed } from '../src/seed'
import { scenarios, type BenchContext } from './scenarios'
import { measure, type Measurement } from './measure'

const requests = Number(process.env.BENCH_REQUESTS ?? 2000)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16)

const row = (name: string, m: Measurement) =>
  `${name.padEnd(44)} ${m.perSecond.toFixed(0).padStart(8)}/s  p50 ${m.p50.toFixed(2).padStart(7)} ms  p99 ${m.p99.toFixed(2).padStart(7)} ms`

/**
 * Each scenario runs against casebook over HTTP and against a raw baseline (the same data read or
 * written with plain SQL on the same database) in the same run; the ratio is what is reported.
 */
async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-'))
  await chmod(root, 0o755)
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, 'postgres') })
  process.env.TEST_DATABASE_SERVER_URL = database.serverURL
  const ctx = await startTestPayload()
  // Views dedupe per client address: the bench sends a distinct X-Forwarded-For per request.
  const server = await startTestServer(ctx.config, { trustProxy: 'loopback' })
  await seed(ctx.payload)
  const pool = new pg.Pool({ connectionString: ctx.databaseURL, max: concurrency })
  const bench: BenchContext = { ctx, baseURL: server.url, pool }
  console.info(`casebook bench: ${requests} requests per run, concurrency ${concurrency}\n`)
  const summary: { scenario: string; ratio: number }[] = []
  try {
    for (const scenario of scenarios) {
      const prepared = await scenario.prepare(bench)
      const subject = await measure(prepared.subject, { requests, concurrency })
      const baseline = await measure(prepared.baseline, { requests, concurrency })
      await prepared.verify?.()
      const ratio = baseline.perSecond / subject.perSecond
      console.info(row(`${scenario.name}`, subject))
      console.info(row(`  baseline: ${scenario.baselineName}`, baseline))
      console.info(`  → casebook takes ${ratio.toFixed(1)}× the baseline's time per request\n`)
      summary.push({ scenario: scenario.name, ratio })
    }
  } finally {
    await pool.end()
    await server.close()
    await ctx.close()
    await database.stop()
  }
  console.info(JSON.stringify({ requests, concurrency, summary }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
