import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { findFreePort } from '../src/db/freePort'
import { insertBulkData } from './bulkData'
import { ensureBuild, startCompiledServer, startScriptFlags } from './compiledServer'
import {
  checkDatabase,
  reconcileDatabase,
  seedDatabase,
  settleDatabase,
  startBenchDatabase,
} from './database'
import { measureScenario, type ScenarioResult } from './measureScenario'
import { resultsTable, targetLines, writeResults } from './report'
import { scenarioNames, scenarios, signIn, type BenchSetup } from './scenarios'
import { compileStatementCounter } from './statements'
import { evaluateTargets } from './targets'

/**
 * `npm run bench`: casebook's production build against two baselines per read, in one run (see
 * bench/README.md). Options: `--scale N` generated community articles (10,000), `--duration S`
 * measured seconds per load (10), `--warmup S` (3), `--rounds R` (1; with more, casebook and its
 * baselines take turns, duration/R seconds each), `--connections C` (32), `--only a,b`
 * (scenario names), `--check` (exit 1 when a target is missed).
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '1' },
    connections: { type: 'string', default: '32' },
    only: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
})
const options = {
  scale: Number(values.scale),
  duration: Number(values.duration),
  warmup: Number(values.warmup),
  rounds: Number(values.rounds),
  connections: Number(values.connections),
}
const only = values.only?.split(',').map((name) => name.trim()) ?? [...scenarioNames]
const unknown = only.filter((name) => !(scenarioNames as readonly string[]).includes(name))
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${scenarioNames.join(', ')}`)
  process.exit(2)
}
const selected = scenarios.filter(({ name }) => only.includes(name))

/** Starts bench/rawServer.ts with the statement counter and waits until it listens. */
async function startRawServer(
  databaseURL: string,
  secret: string,
  preload: string,
  counterPort: number,
) {
  const port = await findFreePort()
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', preload, 'bench/rawServer.ts'],
    {
      env: {
        ...process.env,
        RAW_DATABASE_URL: databaseURL,
        RAW_PAYLOAD_SECRET: secret,
        RAW_PORT: String(port),
        BENCH_STATEMENT_COUNTER_PORT: String(counterPort),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve())
    child.once('exit', (code) => reject(new Error(`raw baseline exited with ${code}`)))
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

async function readSetup(url: string): Promise<Omit<BenchSetup, 'authorizations'>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const lesson = await client.query<{ slug: string }>(
      `SELECT slug FROM lessons WHERE access = 'premium' AND _status = 'published'
       ORDER BY id LIMIT 1`,
    )
    const articles = await client.query<{ id: number }>(
      `SELECT id FROM community_articles WHERE slug LIKE 'bench-article-%' ORDER BY id`,
    )
    if (!lesson.rows[0]) throw new Error('the seed has no published premium lesson')
    return {
      tagSlug: 'bench-tag-001',
      lessonSlug: lesson.rows[0].slug,
      articleIds: articles.rows.map(({ id }) => id),
    }
  } finally {
    await client.end()
  }
}

async function main(): Promise<number> {
  ensureBuild()
  const database = await startBenchDatabase()
  const cleanup: Array<() => Promise<void>> = [database.close]
  const results: ScenarioResult[] = []
  try {
    console.info(`seeding a fresh database in ${database.root}`)
    await seedDatabase(database.url)
    console.info(`adding ${options.scale} community articles over 200 tags, then reconciling`)
    const readers = Math.max(options.connections, 32)
    const accounts = await insertBulkData(database.url, {
      items: options.scale,
      tags: 200,
      authors: 50,
      readers,
    })
    await reconcileDatabase(database.url)
    await settleDatabase(database.url)
    const facts = await readSetup(database.url)
    const preload = pathToFileURL(await compileStatementCounter(database.root)).href
    const rawCounterPort = await findFreePort()
    const secret = randomBytes(32).toString('hex')
    const raw = await startRawServer(database.url, secret, preload, rawCounterPort)
    cleanup.unshift(raw.stop)
    for (const cache of ['off', 'on'] as const) {
      const runHere = selected.filter((s) => s.kind !== 'write' || cache === 'on')
      if (runHere.length === 0) continue
      const counterPort = await findFreePort()
      const server = await startCompiledServer(
        {
          DATABASE_URL: database.url,
          HOST: '127.0.0.1',
          PAYLOAD_SECRET: secret,
          LOG_LEVEL: 'fatal',
          EMAIL_LOG: 'off',
          SEED_ON_FIRST_START: 'false',
          CASEBOOK_DATA_DIR: path.join(database.root, 'data'),
          MEDIA_DIR: path.join(database.root, 'media'),
          // The bench measures the server, not its rate limits.
          RATE_LIMIT_API_PER_MINUTE: '1000000000',
          RATE_LIMIT_AUTH_PER_MINUTE: '1000000000',
          BENCH_STATEMENT_COUNTER_PORT: String(counterPort),
          ...(cache === 'off' ? { RESPONSE_CACHE: 'off' } : {}),
        },
        [...startScriptFlags(), '--import', preload],
      )
      try {
        const writes = runHere.some((s) => s.kind === 'write')
        const setup: BenchSetup = {
          ...facts,
          authorizations: writes
            ? await signIn(server.url, accounts.readers, accounts.password)
            : [],
        }
        const ctx = {
          casebook: { url: server.url, counterPort, pid: server.pid },
          raw: { url: raw.url, counterPort: rawCounterPort },
          setup,
          load: options,
        }
        for (const scenario of runHere) {
          console.info(`measuring ${scenario.name} (cache ${cache})`)
          const result = await measureScenario(ctx, scenario, cache)
          if (result.error) console.info(`  ${result.error}`)
          results.push(result)
        }
      } finally {
        await server.stop()
      }
    }
    // Both servers' likes and ratings must have left every counter equal to its rows.
    if (selected.some((s) => s.kind === 'write')) await checkDatabase(database.url)
  } finally {
    for (const close of cleanup) await close().catch(() => undefined)
  }

  const outcomes = evaluateTargets(results)
  console.info(`\n${resultsTable(results)}\n`)
  for (const { name, title } of selected) console.info(`${name}: ${title}`)
  console.info('')
  for (const line of targetLines(outcomes)) console.info(line)
  await writeResults('bench/results.json', { ...options, only }, results, outcomes)
  const missed = outcomes.filter((outcome) => !outcome.met)
  console.info(
    missed.length ? `\n${missed.length} target(s) missed` : '\nevery measured target met',
  )
  return values.check && missed.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  },
)
