import { performance } from 'node:perf_hooks'

/** Latency and throughput of one workload. */
export interface Measurement {
  requests: number
  seconds: number
  perSecond: number
  p50: number
  p95: number
  p99: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * Runs `task` `requests` times with `concurrency` workers in flight and reports throughput and
 * latency percentiles (milliseconds). A short warm-up runs first and is not counted.
 */
export async function measure(
  task: (index: number) => Promise<void>,
  {
    requests,
    concurrency,
    warmup = 50,
  }: { requests: number; concurrency: number; warmup?: number },
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await task(i)
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < requests) {
      const index = next++
      const t0 = performance.now()
      await task(index)
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  }
}

/** Fails the run when a request answers an unexpected status (a bench must measure real work). */
export async function expectStatus(response: Response, status: number, what: string) {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status}: ${await response.text()}`)
  }
  await response.arrayBuffer()
}
