import type { CollectionBeforeOperationHook } from 'payload'

import { startAccountDeletion } from '../src/accounts/deletion'
import { checkReassignTarget as check } from '../src/accounts/reassignTarget'

/**
 * Before an account delete (by id or bulk) writes anything: a `?reassignTo=` that is not an admin's
 * choice of an existing author, editor or admin account is refused (400/403), nothing changed.
 */
export const checkReassignTarget: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  // Both the delete by id and the bulk delete run this with `delete`.
  if (operation !== 'delete') return args
  startAccountDeletion(req)
  await check(req)
  return args
}
