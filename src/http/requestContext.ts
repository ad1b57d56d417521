import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import type { NodeMiddleware } from './nodeMiddleware'

interface RequestContext {
  id: string
}

const storage = new AsyncLocalStorage<RequestContext>()

/** A caller's own id is kept (to follow a request across services) if it is a plain token. */
const acceptableId = /^[A-Za-z0-9._:-]{8,128}$/

/** The id of the request being served, for log lines written on its behalf. */
export const currentRequestId = (): string | undefined => storage.getStore()?.id

/**
 * Gives every request an id: the `x-request-id` a proxy sent when it is a plain token, else a new
 * UUID. Every response carries it, and every log line written while serving it (Payload's
 * included, through the logger's mixin) names it.
 */
export const assignRequestId: NodeMiddleware = (req, res, next) => {
  const sent = req.headers['x-request-id']
  const id = typeof sent === 'string' && acceptableId.test(sent) ? sent : randomUUID()
  res.setHeader('x-request-id', id)
  storage.run({ id }, next)
}

/** Fields a pino logger adds to each line: the request id when there is one. */
export const requestIdMixin = (): { reqId?: string } => {
  const id = currentRequestId()
  return id ? { reqId: id } : {}
}
