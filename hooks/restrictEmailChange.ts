import { APIError, type FieldHook } from 'payload'

import { hasRole } from '../src/access/roles'
import { principalOf } from '../src/access/principal'

const normalized = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '')

/**
 * Only the account itself and admins change an email address: anyone else who sends a
 * different one is refused with 403 (an unchanged value, as the admin's form sends, passes).
 * Runs before field access strips the value, so the refusal is explicit.
 */
export const restrictEmailChange: FieldHook = ({ value, originalDoc, operation, req }) => {
  if (operation !== 'update' || value === undefined || value === null) return value
  const user = principalOf(req)
  if (hasRole(user, 'admin') || (!user && req.payloadAPI === 'local')) return value
  const subject = originalDoc as { id?: unknown; email?: unknown } | undefined
  if (user && String(subject?.id) === String(user.id)) return value
  if (normalized(value) !== normalized(subject?.email)) {
    throw new APIError('Only admins change another account’s email.', 403)
  }
  return value
}
