import { APIError, ValidationError, type FieldHook } from 'payload'

import { hasRole, selfServiceRoles, type Role } from '../src/access/roles'
import { principalOf } from '../src/access/principal'

/**
 * Only admins assign roles. A visitor signing up may pick one of the self-service roles (400
 * otherwise); anyone else who changes a role, their own included, is refused with 403. Runs
 * before field access strips the value, so a refused change is an error, not a silent no-op.
 * Local API calls without a user are trusted server code (seed, first admin).
 */
export const restrictRoleAssignment: FieldHook = ({ value, originalDoc, operation, req }) => {
  const user = principalOf(req)
  if (hasRole(user, 'admin') || (!user && req.payloadAPI === 'local')) return value
  if (operation === 'create') {
    const requested = (value ?? 'reader') as Role
    if (!selfServiceRoles.includes(requested)) {
      throw new ValidationError({
        collection: 'users',
        errors: [{ path: 'role', message: `role must be one of: ${selfServiceRoles.join(', ')}` }],
      })
    }
    return requested
  }
  const stored = (originalDoc as { role?: Role } | undefined)?.role
  if (value !== undefined && value !== null && value !== stored) {
    throw new APIError('Only admins change roles.', 403)
  }
  return stored
}
