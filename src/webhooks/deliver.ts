import type { Payload } from 'payload'

import type { DeliveryOutcome } from '../../collections/webhookDeliveries'
import { webhookDeliveriesSlug } from '../../collections/webhookDeliveries'
import { webhooksSlug } from '../../collections/webhooks'
import type { ChangeEvent } from '../changes/types'
import type { WebhookEventType } from '../fields/webhook'
import type { SanitizedCasebookOptions } from '../types'
import { sendDelivery, type AttemptResult } from './send'

/** An event as a webhook receives it (a change, or a test event). */
export type WebhookEvent = Omit<ChangeEvent, 'type' | 'collection' | 'doc'> & {
  type: WebhookEventType
  /** Null for a test event, which is about no document. */
  collection: string | null
  doc: ChangeEvent['doc'] | null
}

/** A webhook as deliveries need it, secret included (read with overrideAccess only). */
interface StoredWebhook {
  id: number
  url: string
  secret?: string | null
  active?: boolean | null
}

/** The webhook, secret included, or null when it is gone. Server code only. */
export async function loadWebhook(payload: Payload, id: number): Promise<StoredWebhook | null> {
  const doc = await payload.findByID({
    collection: webhooksSlug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return (doc as unknown as StoredWebhook | null) ?? null
}

/** The JSON body a receiver gets, the same on every attempt. */
export const deliveryBody = (event: WebhookEvent): string =>
  JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    collection: event.collection,
    doc: event.doc,
  })

async function record(
  payload: Payload,
  webhook: StoredWebhook,
  event: WebhookEvent,
  attempt: number,
  result: AttemptResult,
  outcome: DeliveryOutcome,
): Promise<void> {
  await payload.create({
    collection: webhookDeliveriesSlug,
    data: {
      webhook: webhook.id,
      eventId: event.id,
      type: event.type,
      contentCollection: event.collection,
      document: event.doc?.id ?? null,
      attempt,
      outcome,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: result.error,
    },
    // The log is written by the server only (its create access is closed to everyone).
    overrideAccess: true,
    depth: 0,
  })
}

/** What an attempt came to, as logged. */
export interface DeliveryReport extends AttemptResult {
  attempt: number
  outcome: DeliveryOutcome
}

/**
 * Makes attempt number `attempt` of delivering `event` to `webhook` and logs it: delivered on a
 * 2xx, else retrying while attempts remain, else failed.
 */
export async function attemptDelivery(
  payload: Payload,
  webhook: StoredWebhook,
  event: WebhookEvent,
  attempt: number,
  options: SanitizedCasebookOptions['webhooks'],
): Promise<DeliveryReport> {
  const result = await sendDelivery(
    {
      url: webhook.url,
      secret: webhook.secret ?? '',
      eventId: event.id,
      type: event.type,
      body: deliveryBody(event),
      attempt,
    },
    options,
  )
  const outcome: DeliveryOutcome = result.delivered
    ? 'delivered'
    : attempt < options.maxAttempts
      ? 'retrying'
      : 'failed'
  await record(payload, webhook, event, attempt, result, outcome)
  return { ...result, attempt, outcome }
}
