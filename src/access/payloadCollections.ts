import type { Access, Where } from 'payload'

import { hasRole, isStaffUser, type Principal } from './roles'
import { principalOf } from './principal'

/** Nobody over the API; server code uses the Local API or the database adapter. */
export const nobody: Access = () => false

/** Rows whose polymorphic `user` is the caller. */
const heldByCaller = (user: Principal): Where => ({
  and: [{ 'user.relationTo': { equals: user.collection } }, { 'user.value': { equals: user.id } }],
})

/**
 * Document locks: staff see and release every lock (and take one over); authors, who edit only
 * their own documents, see only locks they hold; readers and anonymous callers none.
 */
export const locksOfEditors: Access = ({ req }) => {
  const user = principalOf(req)
  if (isStaffUser(user)) return true
  if (user && hasRole(user, 'author')) return heldByCaller(user)
  return false
}

/** Who may ask for a lock at all; which document they may lock is checked by a hook. */
export const lockTakers: Access = ({ req }) =>
  hasRole(principalOf(req), 'admin', 'editor', 'author')

/** Admin preferences: each signed-in user their own only. */
export const ownPreferences: Access = ({ req }) => {
  const user = principalOf(req)
  return user ? heldByCaller(user) : false
}
