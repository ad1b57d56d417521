import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * A middleware written against node's own request and response, so it runs both in the Express
 * host and before it (kept answers, `answerKeptReadsFirst`).
 */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** Runs `middlewares` in order, then `done`, unless one of them answered instead. */
export function runMiddlewares(
  middlewares: readonly NodeMiddleware[],
  req: IncomingMessage,
  res: ServerResponse,
  done: () => void,
): void {
  const step = (index: number): void => {
    const middleware = middlewares[index]
    if (!middleware) return done()
    middleware(req, res, () => step(index + 1))
  }
  step(0)
}

/** Adds `field` to the response's Vary header, keeping the fields already there. */
export function appendVary(res: ServerResponse, field: string): void {
  const current = res.getHeader('vary')
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (fields.some((name) => name.toLowerCase() === field.toLowerCase() || name === '*')) return
  res.setHeader('vary', [...fields, field].join(', '))
}

/** The path of a request target, without its query. */
export const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0] ?? ''
