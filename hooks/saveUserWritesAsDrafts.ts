import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../src/access/roles'
import { principalOf } from '../src/access/principal'
import { isReviewWrite } from '../src/review/context'

/**
 * Only the review workflow publishes. A signed-in user's create or update never does, whatever
 * `_status` it asks for: a create is stored unpublished, and an update is saved as a draft, which
 * on a published document is a pending revision (Payload writes only the version table, readers
 * keep the live row). Admins, who may fix states by hand, and trusted server code are exempt.
 */
export const saveUserWritesAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const user = principalOf(req)
  if (!user || hasRole(user, 'admin') || isReviewWrite(req.context)) return args
  const { data } = args as { data?: Record<string, unknown> }
  const unpublished = { ...data, _status: 'draft' }
  // A create keeps its validation; an update must not touch the live row.
  return operation === 'create'
    ? { ...args, data: unpublished }
    : { ...args, data: unpublished, draft: true }
}
