import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access'
import { nobody } from '../src/access/payloadCollections'
import { webhookEventTypes } from '../src/fields/webhook'

export const webhookDeliveriesSlug = 'webhook-deliveries'

/** How an attempt ended: delivered (2xx), retrying later, or failed for good. */
export const deliveryOutcomes = ['delivered', 'retrying', 'failed'] as const
export type DeliveryOutcome = (typeof deliveryOutcomes)[number]

/**
 * The delivery log: one row per attempt, written by the delivery job and the test endpoint.
 * Admins read it; nobody writes, edits or deletes it over the API.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: webhookDeliveriesSlug,
  admin: {
    group: 'Settings',
    defaultColumns: ['createdAt', 'webhook', 'type', 'attempt', 'outcome', 'statusCode'],
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', index: true },
    { name: 'eventId', type: 'text', required: true, index: true },
    { name: 'type', type: 'select', required: true, options: [...webhookEventTypes] },
    { name: 'contentCollection', type: 'text' },
    { name: 'document', type: 'number' },
    { name: 'attempt', type: 'number', required: true, min: 1 },
    { name: 'outcome', type: 'select', required: true, options: [...deliveryOutcomes] },
    { name: 'statusCode', type: 'number' },
    { name: 'durationMs', type: 'number', required: true },
    { name: 'error', type: 'text' },
  ],
}
