import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Request, Response as ExpressResponse } from 'express'

import type { StoredAnswer } from '../cache/responseCache'
import { appendVary } from './nodeMiddleware'
import { sendRESTResponse } from './responses'

/** How shared caches (CDNs, proxies) may keep an anonymous answer. */
export interface PublicCachePolicy {
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}

/** For answers that depend on who asks, or are not content: no cache may keep them. */
export const privateCacheControl = 'private, no-store'

const nullBodyStatuses = new Set([204, 205, 304])
const repeatedHeaders = new Set(['content-type', 'content-language'])

/** A strong validator: the same bytes always get the same tag. */
export const entityTag = (body: Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** An answer casebook builds itself: `value` as JSON, as Payload's `Response.json` sends it. */
export function jsonAnswer(status: number, value: unknown): StoredAnswer {
  const body = Buffer.from(JSON.stringify(value))
  const headers: [string, string][] = [['content-type', 'application/json']]
  return { status, headers, body, etag: entityTag(body), shareable: status === 200 }
}

/** Reads a Fetch response into an answer that can be kept and sent again. */
export async function storedAnswerOf(response: Response): Promise<StoredAnswer> {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: [string, string][] = []
  response.headers.forEach((value, name) => {
    if (repeatedHeaders.has(name)) headers.push([name, value])
  })
  // Anonymous reads set no cookie; one that did would not be the same for everyone.
  const shareable = response.status === 200 && response.headers.getSetCookie().length === 0
  return { status: response.status, headers, body, etag: entityTag(body), shareable }
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/**
 * Writes an answer that is the same for every anonymous caller: a 200 with a strong ETag and a
 * Cache-Control that lets CDNs keep it briefly, or a 304 when the caller already has it. Node's
 * own response API, so it also serves kept answers before Express (`answerKeptReadsFirst`).
 */
export function writeSharedAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  answer: StoredAnswer,
  policy: PublicCachePolicy,
): void {
  res.setHeader(
    'cache-control',
    `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`,
  )
  // The same URL answers differently to a signed-in caller.
  appendVary(res, 'Authorization')
  appendVary(res, 'Cookie')
  res.setHeader('etag', answer.etag)
  if (matchesIfNoneMatch(req.headers['if-none-match'], answer.etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  res.setHeader('content-length', answer.body.length)
  res.statusCode = 200
  res.end(answer.body)
}

/**
 * Writes an anonymous read's answer with node's own API (before Express): shared (see
 * `writeSharedAnswer`) when it is the same for everyone, else kept by nobody, a 503 with the
 * Retry-After every 503 of the host carries.
 */
export function writePublicAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  answer: StoredAnswer,
  policy: PublicCachePolicy,
): void {
  if (answer.shareable) return writeSharedAnswer(req, res, answer, policy)
  res.statusCode = answer.status
  res.setHeader('cache-control', privateCacheControl)
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  if (answer.status === 503) res.setHeader('retry-after', '5')
  if (nullBodyStatuses.has(answer.status)) return void res.end()
  res.setHeader('content-length', answer.body.length)
  res.end(answer.body)
}

/**
 * Sends an anonymous read's answer: shared (see `writeSharedAnswer`) when it is the same for
 * everyone, else as Payload answered it, kept by nobody.
 */
export async function sendPublicAnswer(
  req: Request,
  res: ExpressResponse,
  answer: StoredAnswer,
  policy: PublicCachePolicy,
): Promise<void> {
  if (answer.shareable) return writeSharedAnswer(req, res, answer, policy)
  res.setHeader('cache-control', privateCacheControl)
  const init = { status: answer.status, headers: new Headers(answer.headers) }
  const body = nullBodyStatuses.has(answer.status) ? null : new Uint8Array(answer.body)
  return sendRESTResponse(res, new Response(body, init))
}
