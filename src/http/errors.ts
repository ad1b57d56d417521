import type { ServerResponse } from 'node:http'

import type { ErrorRequestHandler } from 'express'
import type { Payload } from 'payload'

/**
 * Sends Payload's error shape: `{ errors: [{ message }] }`. Node's own response API, so it also
 * answers before Express (`answerDirectReadsFirst`).
 */
export function sendError(res: ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ errors: [{ message }] })
  res.statusCode = status
  // An error is about this request: no shared cache may answer the next one with it.
  res.setHeader('cache-control', 'no-store')
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.setHeader('content-length', Buffer.byteLength(body))
  res.end(body)
}

const messages: Record<number, string> = {
  400: 'The request could not be read.',
  413: 'The request body is too large.',
}

/**
 * Last-resort error handler of the host: body-parser errors become their 4xx with a clear
 * message; anything else is logged and answered 500 without details or stack.
 */
export const errorHandler =
  (logger: Payload['logger']): ErrorRequestHandler =>
  (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error)
      return
    }
    const status = (error as { status?: number; statusCode?: number }).status ?? 500
    if (status >= 400 && status < 500) {
      sendError(res, status, messages[status] ?? 'Bad request.')
      return
    }
    logger.error({ err: error, msg: 'unhandled error' })
    sendError(res, 500, 'Something went wrong.')
  }
