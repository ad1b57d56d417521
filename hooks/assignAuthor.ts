import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser, type Principal } from '../src/access/roles'

/**
 * A community document belongs to whoever creates it. Staff may create on behalf of someone by
 * setting `author`; everyone else's value is replaced by themselves.
 */
export const assignAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = req.user as Principal | null
  if (!user) return data
  if (isStaffUser(user) && data.author) return data
  return { ...data, author: user.id }
}
