import { randomUUID } from 'node:crypto'

import { APIError, type Endpoint } from 'payload'

import { principalOf } from '../access/principal'
import { hasRole } from '../access/roles'
import type { SanitizedCasebookOptions } from '../types'
import { attemptDelivery, loadWebhook, type WebhookEvent } from '../webhooks/deliver'
import { refuseNonJSONBody } from './body'
import { documentIdFrom } from './review'

/**
 * `POST /api/webhooks/{id}/test` (admins): sends a `test` event to the webhook now, once, without
 * retries, logs the attempt and answers what happened: `{ eventId, delivered, statusCode,
 * durationMs, error }`. An unreachable receiver is a result (200), not an error.
 */
export const webhookTestEndpoint = (options: SanitizedCasebookOptions['webhooks']): Endpoint => ({
  path: '/:id/test',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to test webhooks.', 401)
    if (!hasRole(principalOf(req), 'admin')) {
      throw new APIError('Only admins may test webhooks.', 403)
    }
    refuseNonJSONBody(req)
    const id = documentIdFrom(req.routeParams?.id)
    const webhook = await loadWebhook(req.payload, id)
    if (!webhook) throw new APIError('Not Found', 404)
    const event: WebhookEvent = {
      id: randomUUID(),
      type: 'test',
      occurredAt: new Date().toISOString(),
      collection: null,
      doc: null,
    }
    const report = await attemptDelivery(req.payload, webhook, event, 1, {
      ...options,
      maxAttempts: 1,
    })
    return Response.json({
      eventId: event.id,
      delivered: report.delivered,
      statusCode: report.statusCode,
      durationMs: report.durationMs,
      error: report.error,
    })
  },
})
