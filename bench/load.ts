import autocannon from 'autocannon'

import type { BenchRequest } from './equivalence'

export interface LoadOptions {
  connections: number
  /** Measured seconds. */
  duration: number
  /** Seconds of the same load first, not measured. */
  warmup: number
}

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p99: number
  requests: number
  /** Answers whose status was not the expected one, and transport errors and timeouts. */
  unexpected: number
}

/** A fixed request, or a function giving the next one (writes rotate readers and items). */
export type RequestSource = BenchRequest | (() => BenchRequest)

export const nextRequest = (source: RequestSource): BenchRequest =>
  typeof source === 'function' ? source() : source

function runOnce(
  url: string,
  source: RequestSource,
  connections: number,
  duration: number,
): Promise<autocannon.Result> {
  const fixed = nextRequest(source)
  const requests =
    typeof source === 'function'
      ? [
          {
            setupRequest: (request: autocannon.Request) => {
              const next = source()
              return { ...request, ...next, headers: { ...request.headers, ...next.headers } }
            },
          },
        ]
      : undefined
  const origin = new URL(url)
  if (origin.hostname !== '127.0.0.1') throw new Error(`load targets 127.0.0.1 only, not ${url}`)
  return autocannon({
    url: `${url}${fixed.path}`,
    method: fixed.method,
    headers: fixed.headers,
    body: fixed.body,
    requests,
    connections,
    duration,
    timeout: 30,
  })
}

/**
 * autocannon stops at the deadline with requests in flight, which the server still works on:
 * waiting about one slowest answer keeps that backlog out of the next measurement.
 */
const settle = (result: autocannon.Result) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(result.latency.max, 5000)))

/**
 * Warms up, then loads `url` for a fixed duration with autocannon (keep-alive connections, each
 * sending its next request when the answer arrived) and reports throughput and latency (ms).
 */
export async function load(
  url: string,
  source: RequestSource,
  expectedStatus: number | number[],
  { connections, duration, warmup }: LoadOptions,
): Promise<LoadResult> {
  if (warmup > 0) await settle(await runOnce(url, source, connections, warmup))
  const result = await runOnce(url, source, connections, duration)
  await settle(result)
  const expected = new Set([expectedStatus].flat().map(String))
  const stats = (result.statusCodeStats ?? {}) as Record<string, { count: number }>
  const wrongStatus = Object.entries(stats)
    .filter(([status]) => !expected.has(status))
    .reduce((sum, [, { count }]) => sum + (count ?? 0), 0)
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    unexpected: wrongStatus + result.errors + result.timeouts,
  }
}
