import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { clientAddressHeader, isClientAddressHeader } from './clientAddress'

/** Builds a Fetch API request from an Express request; `body` replaces the raw stream if given. */
export function toFetchRequest(req: ExpressRequest, body?: Buffer): Request {
  return fetchRequestOf(req, req.originalUrl, req.ip ?? req.socket.remoteAddress, body)
}

/**
 * Builds a Fetch API request from node's request for `target` (the request target before any
 * router stripped a prefix), handing Payload the client's `address` in the host's own header.
 */
export function fetchRequestOf(
  req: IncomingMessage,
  target: string,
  address: string | undefined,
  body?: Buffer,
): Request {
  const url = new URL(target, `http://${req.headers.host ?? '127.0.0.1'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (isClientAddressHeader(name)) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else if (value !== undefined) headers.set(name, value)
  }
  headers.set(clientAddressHeader, address ?? 'unknown')
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers }
  if (hasBody) {
    if (body) {
      init.body = new Uint8Array(body)
      headers.set('content-length', String(body.length))
    } else {
      init.body = Readable.toWeb(req) as unknown as ReadableStream
      init.duplex = 'half'
    }
  }
  return new Request(url, init)
}

/** Whether the body was built whole in memory (Payload's JSON answers), not streamed (files). */
const isBufferedBody = (response: Response): boolean =>
  /^application\/json\b/i.test(response.headers.get('content-type') ?? '')

/**
 * Writes a Fetch API response to Express, keeping every Set-Cookie header. A JSON body is sent in
 * one write: piping it through a web-to-node stream costs more than the write itself (stream
 * objects, an abort signal per request) and leaves the answer chunked instead of sized.
 */
export async function sendFetchResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  // Answered before the body was read (e.g. 413): the socket holds unread bytes, so don't reuse it.
  if (!res.req.complete) res.setHeader('connection', 'close')
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (response.status === 503 && !res.hasHeader('retry-after')) res.setHeader('retry-after', '5')
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  if (isBufferedBody(response)) {
    res.end(Buffer.from(await response.arrayBuffer()))
    return
  }
  await pipeline(Readable.fromWeb(response.body as unknown as WebReadableStream), res)
}
