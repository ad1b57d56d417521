import type { AfterErrorHook } from 'payload'

import {
  recordTransientFailure,
  retryAfterSeconds,
  transientFailureMessage,
} from '../src/db/transientFailure'
import { errorAnswer } from '../src/errors/errorAnswer'

/**
 * Marks a write that lost its transaction to a deadlock or serialization failure (Payload has
 * rolled the transaction back by now) as transient: recorded for the host, which runs the request
 * again, and answered 503 with `Retry-After` instead of 500 when it is not (or no longer) retried.
 * On GraphQL the failed field carries the 503.
 */
export const markTransientFailure: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!recordTransientFailure(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconds))
  req.responseHeaders = headers
  return errorAnswer({ graphqlResult }, 503, 'TransientFailure', transientFailureMessage)
}
