import { createHmac } from 'node:crypto'

/** Header names of a delivery. */
export const webhookHeaders = {
  eventId: 'x-casebook-event-id',
  event: 'x-casebook-event',
  signature: 'x-casebook-signature',
  attempt: 'x-casebook-delivery-attempt',
} as const

/**
 * The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. The
 * timestamp is signed with the body, so a receiver can reject old deliveries replayed later.
 */
export function signatureHeader(secret: string, body: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000)
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
  return `t=${t},v1=${v1}`
}
