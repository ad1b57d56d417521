import type { Field } from 'payload'

import { adminOnlyField } from '../access'
import { changeTypes } from '../changes/types'

/** Event types a webhook hears: the change feed's, and `test` (sent on demand by an admin). */
export const webhookEventTypes = [...changeTypes, 'test'] as const
export type WebhookEventType = (typeof webhookEventTypes)[number]

/** Which change events a webhook subscribes to. */
export const webhookEventsField = (): Field => ({
  name: 'events',
  type: 'select',
  hasMany: true,
  required: true,
  options: [...changeTypes],
})

/**
 * The signing secret: write-only. Admins set it on create or update (or leave it empty on create
 * to have one generated, returned once in that response); no read path ever returns it, because
 * read access is false for everyone, admins included.
 */
export const webhookSecretField = (): Field => ({
  name: 'secret',
  type: 'text',
  minLength: 16,
  maxLength: 256,
  access: { read: () => false, create: adminOnlyField, update: adminOnlyField },
  admin: {
    description: 'Write-only. Empty on create: one is generated and returned once by the API.',
  },
})
