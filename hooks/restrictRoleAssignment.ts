import { ValidationError, type FieldHook } from 'payload'

import { hasRole, selfServiceRoles, type Principal, type Role } from '../src/access/roles'

/**
 * Only admins assign roles. A visitor signing up may pick one of the self-service roles; an
 * update by anyone but an admin keeps the stored role. Local API calls without a user are
 * trusted server code (seed, first admin).
 */
export const restrictRoleAssignment: FieldHook = ({ value, originalDoc, operation, req }) => {
  const user = req.user as Principal | null
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
  return (originalDoc as { role?: Role } | undefined)?.role
}
