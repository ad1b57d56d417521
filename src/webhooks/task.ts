import type { TaskConfig } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import { attemptDelivery, loadWebhook, type WebhookEvent } from './deliver'

export const webhookDeliveryTaskSlug = 'webhookDelivery'
/** Deliveries have a queue of their own, so a slow receiver never delays scheduled publishing. */
export const webhookQueue = 'webhooks'

export interface WebhookDeliveryInput {
  webhook: number
  /** The event as sent; the secret is read at delivery time, never stored in the job. */
  event: WebhookEvent
}

/**
 * Delivers one event to one webhook. Each run is one attempt, logged in `webhook-deliveries`; a
 * failed attempt throws while attempts remain, and Payload runs the job again after an
 * exponential backoff (`retryDelayMs`, doubling). The last attempt ends the job either way.
 */
export const webhookDeliveryTask = (
  maxAttempts: number,
  retryDelayMs: number,
): TaskConfig<{ input: WebhookDeliveryInput; output: { outcome: string } }> => ({
  slug: webhookDeliveryTaskSlug,
  label: 'Deliver a webhook event',
  inputSchema: [
    { name: 'webhook', type: 'number', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  // Enough for every attempt the handler asks for; it stops throwing at the last one.
  retries: { attempts: maxAttempts, backoff: { type: 'exponential', delay: retryDelayMs } },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const options = casebookOptionsOf(payload.config).webhooks
    const webhook = await loadWebhook(payload, input.webhook)
    if (!webhook || webhook.active === false) return { output: { outcome: 'skipped' } }
    const attempt = (job.totalTried ?? 0) + 1
    const report = await attemptDelivery(payload, webhook, input.event, attempt, options)
    if (report.outcome === 'retrying') {
      throw new Error(`attempt ${attempt}: ${report.error ?? `HTTP ${report.statusCode}`}`)
    }
    return { output: { outcome: report.outcome } }
  },
})
