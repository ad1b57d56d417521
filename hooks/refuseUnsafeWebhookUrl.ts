import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { checkWebhookUrl, UnsafeWebhookUrl } from '../src/webhooks/urlGuard'

/**
 * Refuses (400) a webhook URL that is not plain http(s), carries credentials, or resolves to an
 * internal address, unless the plugin allows private URLs. Delivery checks again when it connects.
 */
export const refuseUnsafeWebhookUrl =
  (allowPrivateUrls: boolean): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    if (data.url === undefined) return data
    try {
      await checkWebhookUrl(data.url, allowPrivateUrls)
    } catch (error) {
      if (!(error instanceof UnsafeWebhookUrl)) throw error
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'url', message: error.message }],
        req,
      })
    }
    return data
  }
