import type { CollectionAfterOperationHook } from 'payload'

import { requireAnAdminLeft } from '../src/accounts/deletion'

/**
 * After an account delete (by id or bulk), still inside its transaction: if it removed the last
 * admin, it is refused (409) and rolled back as a whole.
 */
export const keepAnAdmin: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation === 'delete' || operation === 'deleteByID') await requireAnAdminLeft(req)
  return result
}
