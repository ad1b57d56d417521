import type { Payload } from 'payload'

import { webhooksSlug } from '../../collections/webhooks'
import type { ChangeEvent } from '../changes/types'
import { webhookDeliveryTaskSlug, webhookQueue, type WebhookDeliveryInput } from './task'

interface Subscription {
  id: number
  collections?: string[] | null
}

/** Active webhooks that want `event`: its type, and its collection or every collection. */
async function subscribersOf(payload: Payload, event: ChangeEvent): Promise<Subscription[]> {
  const found = await payload.find({
    collection: webhooksSlug,
    where: { and: [{ active: { equals: true } }, { events: { in: [event.type] } }] },
    select: { collections: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (found.docs as Subscription[]).filter(
    ({ collections }) => !collections?.length || collections.includes(event.collection),
  )
}

/**
 * The webhooks' subscriber of the change feed: for every committed event, one delivery job per
 * matching active webhook. It runs after the commit, so a rolled-back change queues nothing.
 */
export const queueWebhookDeliveries =
  (payload: Payload) =>
  async (events: readonly ChangeEvent[]): Promise<void> => {
    for (const event of events) {
      for (const webhook of await subscribersOf(payload, event)) {
        const input: WebhookDeliveryInput = { webhook: webhook.id, event }
        await payload.jobs.queue({ task: webhookDeliveryTaskSlug, queue: webhookQueue, input })
      }
    }
  }
