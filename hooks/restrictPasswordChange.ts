import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { hasRole } from '../src/access/roles'
import { principalOf } from '../src/access/principal'

/**
 * Only the account itself and admins set a password (Payload's `password` is not a field, so
 * field access cannot guard it): anyone else is refused with 403. Forgot/reset-password do not
 * pass here; they prove ownership with the emailed token.
 */
export const restrictPasswordChange: CollectionBeforeValidateHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update') return data
  const password = (data as { password?: unknown } | undefined)?.password
  if (password === undefined || password === null || password === '') return data
  const user = principalOf(req)
  if (hasRole(user, 'admin') || (!user && req.payloadAPI === 'local')) return data
  if (user && String((originalDoc as { id?: unknown } | undefined)?.id) === String(user.id)) {
    return data
  }
  throw new APIError('Only admins change another account’s password.', 403)
}
