import autocannon from 'autocannon'

import type { BenchRequest } from './equivalence'

export interface LoadOptions {
  connections: number
  /** Measured seconds per target, split over the rounds. */
  duration: number
  /** Seconds of the same load first, not measured (once per target). */
  warmup: number
  /** Turns each target gets; targets are loaded in turn, round after round. */
  rounds: number
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

/** Something to load: a server and what to send it. */
export interface LoadTarget {
  url: string
  source: RequestSource
  expectedStatus: number[]
}

interface Tally {
  latencies: number[]
  requests: number
  seconds: number
  unexpected: number
}

/** One autocannon run; when a tally is given, its answers are added to it. */
function runOnce(
  target: LoadTarget,
  connections: number,
  duration: number,
  tally?: Tally,
): Promise<autocannon.Result> {
  const { url, source } = target
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`load targets 127.0.0.1 only: ${url}`)
  const first = nextRequest(source)
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
  return new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url: `${url}${first.path}`,
      method: first.method,
      headers: first.headers,
      body: first.body,
      requests,
      connections,
      duration,
      timeout: 30,
    }
    const instance = autocannon(options, (error: Error | null, result: autocannon.Result) =>
      error ? reject(error) : resolve(result),
    )
    if (tally) {
      instance.on('response', (_client, _status, _bytes, responseTime: number) =>
        tally.latencies.push(responseTime),
      )
    }
  }).then((result) => {
    if (tally) {
      const expected = new Set(target.expectedStatus.map(String))
      const stats = (result.statusCodeStats ?? {}) as Record<string, { count?: number }>
      for (const [status, { count }] of Object.entries(stats)) {
        if (!expected.has(status)) tally.unexpected += count ?? 0
      }
      tally.unexpected += result.errors + result.timeouts
      tally.requests += result.requests.total
      tally.seconds += result.duration
    }
    return result
  })
}

/**
 * autocannon stops at the deadline with requests in flight, which the server still works on:
 * waiting about one slowest answer keeps that backlog out of the next measurement.
 */
const settle = (result: autocannon.Result) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(result.latency.max, 5000)))

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/**
 * Loads the targets with autocannon (keep-alive connections, each sending its next request when
 * the answer arrived): each warms up once, then they take turns for `rounds` rounds, so a change
 * in the machine's other load affects casebook and its baselines alike. Throughput is completed
 * answers over the measured time; p50 and p99 (ms) are over every measured answer.
 */
export async function loadInTurns(
  targets: LoadTarget[],
  { connections, duration, warmup, rounds }: LoadOptions,
): Promise<LoadResult[]> {
  const tallies = targets.map((): Tally => ({
    latencies: [],
    requests: 0,
    seconds: 0,
    unexpected: 0,
  }))
  if (warmup > 0) {
    for (const target of targets) await settle(await runOnce(target, connections, warmup))
  }
  for (let round = 0; round < rounds; round++) {
    for (const [index, target] of targets.entries()) {
      await settle(await runOnce(target, connections, duration / rounds, tallies[index]))
    }
  }
  return tallies.map(({ latencies, requests, seconds, unexpected }) => {
    const sorted = latencies.sort((a, b) => a - b)
    return {
      requestsPerSecond: requests / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      requests,
      unexpected,
    }
  })
}
