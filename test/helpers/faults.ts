import { spawn } from 'node:child_process'
import http from 'node:http'

/** Runs a command to its end and collects its output. */
export function run(
  file: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) => resolve({ code, output }))
  })
}

export interface SlowRequest {
  /** Sends the rest of the body. */
  finish: () => void
  response: Promise<{ status: number; body: string }>
}

/**
 * A POST whose body arrives in two halves: between `slowPost` and `finish` the server holds a
 * request it has started but cannot complete, a request in flight for as long as the test wants.
 */
export function slowPost(url: string, body: string): SlowRequest {
  const half = Math.floor(body.length / 2)
  const request = http.request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  })
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    request.on('error', reject)
  })
  request.write(body.slice(0, half))
  return { finish: () => request.end(body.slice(half)), response }
}

/** Whether a new connection to `url` is refused (nothing listens any more). */
export async function connectionRefused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(3000) })
    return false
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code
    return code === 'ECONNREFUSED'
  }
}

export interface Sample {
  status: number
  ms: number
  body: string
  retryAfter: string | null
}

/**
 * Keeps `concurrency` clients sending `request` until `stop` is called; every answer (or failure,
 * as status 0) is recorded with its duration.
 */
export function load(
  request: () => Promise<Response>,
  concurrency: number,
): { samples: Sample[]; stop: () => Promise<void> } {
  const samples: Sample[] = []
  let running = true
  const client = async () => {
    while (running) {
      const started = performance.now()
      try {
        const response = await request()
        const body = await response.text()
        samples.push({
          status: response.status,
          ms: performance.now() - started,
          body,
          retryAfter: response.headers.get('retry-after'),
        })
      } catch (error) {
        samples.push({
          status: 0,
          ms: performance.now() - started,
          body: String(error),
          retryAfter: null,
        })
      }
    }
  }
  const clients = Array.from({ length: concurrency }, client)
  return {
    samples,
    stop: async () => {
      running = false
      await Promise.all(clients)
    },
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` every 200 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true
    await sleep(200)
  }
  return false
}
