import path from 'node:path'

import { build } from 'esbuild'

import { send } from './equivalence'
import { nextRequest, type RequestSource } from './load'

/**
 * Compiles bench/statementCounter.ts to plain JavaScript in `dir`, for `node --import`: the
 * production server runs without a TypeScript loader.
 */
export async function compileStatementCounter(dir: string): Promise<string> {
  const outfile = path.join(dir, 'statementCounter.mjs')
  await build({
    entryPoints: ['bench/statementCounter.ts'],
    outfile,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  })
  return outfile
}

async function readCount(counterPort: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${counterPort}/`)
  return Number(await response.text())
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * SQL statements per request, counted at the driver of the server listening on `url` over a
 * sequential batch (one request at a time). The count is read around each request and the median
 * is reported: a background job's statements (Payload's job runner polls on a timer) land on a
 * few requests only and do not move it.
 */
export async function statementsPerRequest(
  counterPort: number,
  url: string,
  source: RequestSource,
  batch = 50,
): Promise<number> {
  const counts: number[] = []
  for (let i = 0; i < batch; i++) {
    const before = await readCount(counterPort)
    const response = await send(url, nextRequest(source))
    await response.arrayBuffer()
    counts.push((await readCount(counterPort)) - before)
  }
  return median(counts)
}
