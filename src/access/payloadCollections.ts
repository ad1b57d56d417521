import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole, isStaffUser, type Principal } from './roles'
import { casebookOptionsOf, principalOf } from './principal'

/** Nobody over the API; server code uses the Local API or the database adapter. */
export const nobody: Access = () => false

/** Rows whose polymorphic `user` is the caller. */
const heldByCaller = (user: Principal): Where => ({
  and: [{ 'user.relationTo': { equals: user.collection } }, { 'user.value': { equals: user.id } }],
})

/**
 * Document locks: staff release every lock (and take one over); authors, who edit only
 * their own documents, see only locks they hold; readers and anonymous callers none.
 */
export const locksOfEditors: Access = ({ req }) => {
  const user = principalOf(req)
  if (isStaffUser(user)) return true
  if (user && hasRole(user, 'author')) return heldByCaller(user)
  return false
}

/** Locks held by the accounts that run the site (`staffWhere`). */
async function heldByStaff(req: PayloadRequest): Promise<Where> {
  const { users, staffWhere } = casebookOptionsOf(req.payload.config)
  const { docs } = await req.payload.find({
    collection: users as 'users',
    where: staffWhere,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return {
    and: [
      { 'user.relationTo': { equals: users } },
      { 'user.value': { in: docs.map((account) => account.id) } },
    ],
  }
}

/**
 * Which locks count as "someone is editing this" in the admin. Staff coordinate among
 * themselves: an author's lock is for the author's own sessions, since what an editor acts on (a
 * submission in review, an approved one) is exactly what its author can no longer edit, and an
 * author's page that stays open would otherwise greet the editor with a stale "Document locked"
 * dialog. Authors see only their own locks, as before.
 */
export const locksThatCount: Access = async ({ req }) => {
  const user = principalOf(req)
  if (isStaffUser(user)) return heldByStaff(req)
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
