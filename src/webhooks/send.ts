import http from 'node:http'
import https from 'node:https'

import { guardedLookup, parseWebhookUrl, refuseInternalLiteral } from './urlGuard'
import { signatureHeader, webhookHeaders } from './signature'

/** One delivery attempt to make. */
export interface Delivery {
  url: string
  secret: string
  eventId: string
  type: string
  /** The JSON body, exactly as signed and sent. */
  body: string
  attempt: number
}

/** What one attempt got: a 2xx is delivered; anything else may be retried. */
export interface AttemptResult {
  delivered: boolean
  statusCode: number | null
  durationMs: number
  error: string | null
}

export interface SendOptions {
  timeoutMs: number
  allowPrivateUrls: boolean
}

/**
 * POSTs a delivery once: the host is resolved and vetted at connection time, the whole exchange
 * is bounded by `timeoutMs`, redirects are not followed (a 3xx is an answer like any other
 * non-2xx) and at most a few KB of the answer are read. Never throws.
 */
export async function sendDelivery(
  delivery: Delivery,
  options: SendOptions,
): Promise<AttemptResult> {
  const started = performance.now()
  const done = (statusCode: number | null, error: string | null): AttemptResult => ({
    delivered: statusCode !== null && statusCode >= 200 && statusCode < 300,
    statusCode,
    durationMs: Math.round(performance.now() - started),
    error,
  })
  let url: URL
  try {
    url = parseWebhookUrl(delivery.url)
    refuseInternalLiteral(url, options.allowPrivateUrls)
  } catch (error) {
    return done(null, (error as Error).message)
  }
  const transport = url.protocol === 'https:' ? https : http
  return new Promise<AttemptResult>((resolve) => {
    const request = transport.request(url, {
      method: 'POST',
      agent: false,
      lookup: guardedLookup(options.allowPrivateUrls),
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(delivery.body),
        'user-agent': 'casebook-webhooks/1',
        [webhookHeaders.eventId]: delivery.eventId,
        [webhookHeaders.event]: delivery.type,
        [webhookHeaders.attempt]: String(delivery.attempt),
        [webhookHeaders.signature]: signatureHeader(delivery.secret, delivery.body),
      },
    })
    request.on('response', (response) => {
      let read = 0
      response.on('data', (chunk: Buffer) => {
        read += chunk.length
        // The answer's body is not needed: stop reading a receiver that talks too much.
        if (read > 8192) response.destroy()
      })
      response.on('close', () => resolve(done(response.statusCode ?? null, null)))
      response.on('error', () => undefined)
    })
    request.on('error', (error: NodeJS.ErrnoException) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError'
      resolve(done(null, timedOut ? `timed out after ${options.timeoutMs} ms` : error.message))
    })
    request.end(delivery.body)
  })
}
