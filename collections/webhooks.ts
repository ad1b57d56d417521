import type { CollectionConfig } from 'payload'

import { generateWebhookSecret } from '../hooks/generateWebhookSecret'
import { refuseUnsafeWebhookUrl } from '../hooks/refuseUnsafeWebhookUrl'
import { revealGeneratedSecret } from '../hooks/revealGeneratedSecret'
import { adminOnly } from '../src/access'
import { contentCollections } from '../src/content/registry'
import { webhookTestEndpoint } from '../src/endpoints/webhooks'
import { webhookEventsField, webhookSecretField } from '../src/fields/webhook'
import type { SanitizedCasebookOptions } from '../src/types'

export const webhooksSlug = 'webhooks'

/**
 * Outgoing webhooks: where changes of published content are POSTed, signed with each webhook's
 * secret. Admins only, for every operation; no versions (a version would keep old secrets).
 */
export const webhooksCollection = (
  options: SanitizedCasebookOptions['webhooks'],
): CollectionConfig => ({
  slug: webhooksSlug,
  // A copy would share the original's secret without anyone having chosen it.
  disableDuplicate: true,
  admin: {
    group: 'Settings',
    useAsTitle: 'url',
    defaultColumns: ['url', 'events', 'collections', 'active'],
    components: {
      edit: { beforeDocumentControls: ['/components/WebhookTestButton#WebhookTestButton'] },
    },
  },
  access: {
    read: adminOnly,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2048,
      admin: { description: 'http(s) URL receiving a signed POST for every matching event.' },
    },
    webhookEventsField(),
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      options: [...contentCollections],
      admin: { description: 'Only changes in these collections; empty for all of them.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
    webhookSecretField(),
  ],
  hooks: {
    beforeChange: [refuseUnsafeWebhookUrl(options.allowPrivateUrls), generateWebhookSecret],
    afterChange: [revealGeneratedSecret],
  },
  endpoints: [webhookTestEndpoint(options)],
})
