import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../src/access/roles'
import { principalOf } from '../src/access/principal'
import { draftRestoreKey, isReviewWrite } from '../src/review/context'

/**
 * Restoring a version without `draft` writes it over the live row with the version's status,
 * which would publish or unpublish outside the workflow: only admins may. Everyone else restores
 * as a draft (a revision that then goes through review); that choice is recorded for
 * `mirrorReviewStatus`, since Payload marks the restored data a draft only after the hooks run.
 */
export const guardVersionRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'restoreVersion') return args
  const asDraft = Boolean((args as { draft?: boolean }).draft)
  req.context[draftRestoreKey] = asDraft
  const user = principalOf(req)
  if (asDraft || !user || hasRole(user, 'admin') || isReviewWrite(req.context)) return args
  throw new APIError('Restore it as a draft (draft=true); publishing goes through review.', 403)
}
