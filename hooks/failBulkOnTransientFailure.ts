import type { CollectionAfterOperationHook } from 'payload'

import { lostToTransientFailure, TransientFailure } from '../src/db/transientFailure'
import { scopeWide } from '../src/db/watchTransientFailures'

/**
 * A bulk update or delete runs every document in one transaction and reports each document's
 * error in `errors` instead of throwing. After a deadlock that transaction is lost as a whole
 * (Postgres rolls it back at commit), so Payload would answer 400 listing documents as updated that
 * were not. When a transient failure was recorded in its transaction, the operation fails instead: Payload rolls back
 * and the request answers 503, or is run again by the host.
 */
export const failBulkOnTransientFailure: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'update' && operation !== 'delete') return result
  const { errors } = result as { errors?: unknown[] }
  if (errors?.length && lostToTransientFailure(req.transactionID, scopeWide))
    throw new TransientFailure()
  return result
}
