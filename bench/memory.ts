import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readdir, rename, writeFile } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import {
  rssMB,
  runNode,
  sleep,
  startCompiledServer,
  startScriptFlags,
  waitForExit,
} from './compiledServer'

/**
 * `npm run bench:memory`: the resident memory of the production build (`npm run build` first)
 * after start and along a long run of the reads frontends send. Options: `--requests N`
 * (200,000), `--connections N` (32), `--checkpoint N` (10,000), `--heap-mb N` (512, as
 * `npm start`; 0 for V8's default), `--snapshots` (heap snapshots after the first checkpoint and
 * at the end, written to the run's directory, for finding what grows).
 */
const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200000' },
    connections: { type: 'string', default: '32' },
    checkpoint: { type: 'string', default: '10000' },
    snapshots: { type: 'boolean', default: false },
    'heap-mb': { type: 'string', default: '512' },
  },
})
const total = Number(values.requests)
const connections = Number(values.connections)
const checkpoint = Number(values.checkpoint)

const reads = [
  '/api/stories?limit=20&depth=1',
  '/api/community-articles?limit=20&depth=1',
  '/api/tags/reliability/page',
  '/api/lessons?where[slug][equals]=monitoring-logging-alerting-slas',
  '/api/stories?limit=20&depth=0',
]
const graphqlList = JSON.stringify({
  query:
    '{ CommunityArticles(limit: 20) { totalDocs docs { title slug views likes author { name } } } }',
})

function request(agent: http.Agent, port: number, index: number): Promise<void> {
  const graphql = index % (reads.length + 1) === reads.length
  const target = graphql ? '/api/graphql' : reads[index % (reads.length + 1)]
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        agent,
        path: target,
        method: graphql ? 'POST' : 'GET',
        headers: graphql ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`${target}: ${res.statusCode}`))
        res.resume()
        res.on('end', () => resolve())
      },
    )
    req.on('error', reject)
    req.end(graphql ? graphqlList : undefined)
  })
}

async function main(): Promise<void> {
  if (!existsSync('dist/server.js')) throw new Error('run `npm run build` first')
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebook-memory-'))
  await chmod(dataDir, 0o755)
  const env = {
    CASEBOOK_DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    RATE_LIMIT_API_PER_MINUTE: '100000000',
  }
  console.info(`seeding a fresh database in ${dataDir}`)
  await waitForExit(runNode(['dist/cli/seed.js'], env), 'seed')
  console.info('starting the production server')

  const server = await startCompiledServer(env, [
    // What `npm start` passes, but the heap limit from `--heap-mb` (0 leaves V8's default).
    ...startScriptFlags().filter((flag) => !flag.startsWith('--max-old-space-size=')),
    ...(Number(values['heap-mb']) > 0 ? [`--max-old-space-size=${values['heap-mb']}`] : []),
    ...(values.snapshots ? ['--heapsnapshot-signal=SIGUSR2'] : []),
  ])
  const { pid, port } = server
  await sleep(2000)
  const afterStart = rssMB(pid)
  console.info(`RSS after start: ${afterStart} MB`)

  const snapshot = async (label: string) => {
    if (!values.snapshots) return
    const before = new Set(await readdir('.'))
    process.kill(pid, 'SIGUSR2')
    for (;;) {
      await sleep(500)
      const file = (await readdir('.')).find(
        (name) => name.endsWith('.heapsnapshot') && !before.has(name),
      )
      if (file) {
        await sleep(3000)
        await rename(file, path.join(dataDir, `${label}.heapsnapshot`))
        console.info(`heap snapshot: ${path.join(dataDir, `${label}.heapsnapshot`)}`)
        return
      }
    }
  }

  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const checkpoints: Array<{ requests: number; rssMB: number; perSecond: number }> = []
  let sent = 0
  let done = 0
  let window = performance.now()
  const started = performance.now()
  const client = async () => {
    while (sent < total) {
      const index = sent++
      // A keep-alive socket the server closed as idle just as it was reused: send it again.
      await request(agent, port, index).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET') throw error
        return request(agent, port, index)
      })
      done += 1
      if (done % checkpoint === 0) {
        const now = performance.now()
        const point = {
          requests: done,
          rssMB: rssMB(pid),
          perSecond: Math.round(checkpoint / ((now - window) / 1000)),
        }
        window = now
        checkpoints.push(point)
        console.info(`${point.requests} requests: RSS ${point.rssMB} MB (${point.perSecond}/s)`)
        if (done === checkpoint) await snapshot('after-first-checkpoint')
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, client))
  const seconds = (performance.now() - started) / 1000
  await snapshot('after-load')
  agent.destroy()
  await server.stop()

  const first = checkpoints[0]?.rssMB ?? NaN
  const last = checkpoints.at(-1)?.rssMB ?? NaN
  const growth = (last - first) / first
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    requests: total,
    connections,
    heapLimitMB: Number(values['heap-mb']) || null,
    seconds: Math.round(seconds),
    rssAfterStartMB: afterStart,
    rssAfterFirstCheckpointMB: first,
    rssAtEndMB: last,
    growthSinceFirstCheckpoint: Math.round(growth * 1000) / 10,
    targets: { rssAfterStartMB: 300, growthPercent: 10 },
    checkpoints,
  }
  await writeFile('bench/memory-results.json', `${JSON.stringify(result, null, 2)}\n`)
  console.info(
    `\n| measure | MB | target |\n|---|---|---|\n| RSS after start | ${afterStart} | ≤ 300 |\n| RSS after ${first ? checkpoint : '-'} requests | ${first} | |\n| RSS after ${done} requests | ${last} | ≤ ${Math.round(first * 1.1)} (+10 %) |\n`,
  )
  const met = afterStart <= 300 && growth <= 0.1
  console.info(met ? 'memory targets met' : 'memory targets MISSED')
  process.exitCode = met ? 0 : 1
}

main().catch((error: unknown) => {
  console.error(`bench:memory: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
})
