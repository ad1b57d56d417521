import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaffUser } from './roles'
import { principalOf } from './principal'

/** Anyone, signed in or not. */
export const anyone: Access = () => true

/** Any signed-in user. */
export const signedIn: Access = ({ req }) => Boolean(req.user)

/** Admins only. */
export const adminOnly: Access = ({ req }) => hasRole(principalOf(req), 'admin')

/** Editors and admins. */
export const staffOnly: Access = ({ req }) => isStaffUser(principalOf(req))

/** Field-level: admins only (role and subscription changes). */
export const adminOnlyField: FieldAccess = ({ req }) => hasRole(principalOf(req), 'admin')

/** Field-level: staff only. */
export const staffOnlyField: FieldAccess = ({ req }) => isStaffUser(principalOf(req))

/** Staff see all; a signed-in user only rows whose `field` points at themselves. */
export const selfOwnedOrStaff =
  (field: string): Access =>
  ({ req }) => {
    const user = principalOf(req)
    if (!user) return false
    if (isStaffUser(user)) return true
    return { [field]: { equals: user.id } }
  }
