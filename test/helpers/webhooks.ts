import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { TestPayload } from './payload'

/** One request a receiver got. */
export interface Received {
  path: string
  headers: http.IncomingHttpHeaders
  body: string
  json: { id: string; type: string; collection: string | null; doc: Record<string, unknown> }
}

/**
 * A webhook receiver on 127.0.0.1. Paths choose the answer: `/fail/<n>/…` answers 500 to its first
 * n requests, then 200; `/always-fail/…` 500; `/redirect/…` 302 elsewhere; `/hang/…` never answers;
 * anything else 200.
 */
export async function startReceiver() {
  const received: Received[] = []
  const seen = new Map<string, number>()
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({ path, headers: req.headers, body, json: JSON.parse(body || '{}') })
      const count = (seen.get(path) ?? 0) + 1
      seen.set(path, count)
      const failing = /^\/fail\/(\d+)\//.exec(path)
      if (path.startsWith('/hang/')) return
      if (path.startsWith('/redirect/')) {
        res.writeHead(302, { location: '/elsewhere' }).end()
      } else if (path.startsWith('/always-fail/') || (failing && count <= Number(failing[1]))) {
        res.writeHead(500).end('no')
      } else {
        res.writeHead(200).end('ok')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    at: (path: string) => received.filter((request) => request.path === path),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * What the README tells receivers to do: recompute the HMAC over `${t}.${rawBody}`, compare in
 * constant time, and refuse timestamps more than five minutes away.
 */
export function verifySignature(secret: string, header: unknown, rawBody: string): boolean {
  const parts = Object.fromEntries(
    String(header)
      .split(',')
      .map((part) => part.split('=') as [string, string]),
  )
  const t = Number(parts.t)
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest()
  const given = Buffer.from(String(parts.v1 ?? ''), 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Ids of the delivery jobs of `webhook` still waiting to run. */
export async function pendingDeliveryJobs(ctx: TestPayload, webhook: number): Promise<number[]> {
  const rows = await ctx.sql<{ id: number }>(
    `SELECT id FROM payload_jobs WHERE task_slug = 'webhookDelivery'
       AND (input->>'webhook')::int = $1 AND completed_at IS NULL AND has_error IS NOT TRUE
     ORDER BY id`,
    [webhook],
  )
  return rows.map((row) => Number(row.id))
}

/** Runs every pending delivery job of `webhook` once (due or not), and returns how many ran. */
export async function runDeliveries(ctx: TestPayload, webhook: number): Promise<number> {
  const ids = await pendingDeliveryJobs(ctx, webhook)
  for (const id of ids) await ctx.payload.jobs.runByID({ id })
  return ids.length
}

/** The delivery log of `webhook`, oldest first. */
export async function deliveriesOf(ctx: TestPayload, webhook: number) {
  return ctx.sql<{
    event_id: string
    type: string
    attempt: number
    outcome: string
    status_code: number | null
    duration_ms: number
    error: string | null
  }>(
    `SELECT event_id, type, attempt::int AS attempt, outcome, status_code::int AS status_code,
            duration_ms::float AS duration_ms, error
       FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id`,
    [webhook],
  )
}
