import { sql } from '@payloadcms/db-postgres'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { migrations } from '../../migrations'
import { runSQL } from '../db/sql'
import { sendError } from './errors'

/** How long readiness waits for the database before answering 503. */
const readinessTimeoutMs = 2000

/** Health answers are about now: never stored by a proxy or browser. */
const noStore = 'no-store'

/** `GET /api/health`: the process answers. Nothing about versions or internals. */
export const liveness: RequestHandler = (_req, res) => {
  res.setHeader('cache-control', noStore)
  res.json({ status: 'ok' })
}

type Readiness = { ready: true } | { ready: false; reason: string }

async function checkReadiness(payload: Payload): Promise<Readiness> {
  const req = { payload, transactionID: undefined }
  const rows = await runSQL<{ name: string }>(req, sql`SELECT name FROM payload_migrations`)
  const applied = new Set(rows.map((row) => row.name))
  const pending = migrations.filter((migration) => !applied.has(migration.name))
  return pending.length === 0 ? { ready: true } : { ready: false, reason: 'migrations pending' }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * `GET /api/health/ready`, for load balancers: 200 when the database answers within two seconds
 * and every committed migration is applied, else 503 in the error shape with a short reason.
 */
export function readiness(payloadOf: () => Promise<Payload>): RequestHandler {
  return async (_req, res) => {
    res.setHeader('cache-control', noStore)
    let result: Readiness
    try {
      result = await withTimeout(
        payloadOf().then((payload) => checkReadiness(payload)),
        readinessTimeoutMs,
      )
    } catch {
      result = { ready: false, reason: 'database unreachable' }
    }
    if (result.ready) res.json({ status: 'ready' })
    else sendError(res, 503, `Not ready: ${result.reason}.`)
  }
}
