import type { Access, FieldAccess, Where } from 'payload'

import { formerMemberHandle } from '../accounts/formerMemberIdentity'
import { hasRole, isStaffUser, rankOf, rolesAtOrBelow, type Principal } from './roles'
import type { AccountDocument } from '../types'
import { casebookOptionsOf, principalOf } from './principal'

const isSelf = (user: Principal, id: unknown): boolean =>
  (typeof id === 'number' || typeof id === 'string') && String(id) === String(user.id)

/**
 * Who updates an account: admins any; editors their own and accounts of lower or equal rank
 * (never an admin); everyone else only their own.
 */
export const updateAccounts: Access = ({ req }) => {
  const user = principalOf(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const where: Where = hasRole(user, 'editor')
    ? { role: { in: rolesAtOrBelow('editor') } }
    : { id: { equals: user.id } }
  return where
}

/**
 * Field-level read of an account's private fields (email, role, subscription): the account
 * itself, admins, and editors for accounts that do not outrank them. Without a document (query
 * validation) staff may filter on them.
 */
export const readPrivateAccountField: FieldAccess = ({ req, doc, id }) => {
  const user = principalOf(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const subject = doc as AccountDocument | undefined
  if (isSelf(user, id ?? subject?.id)) return true
  if (!isStaffUser(user)) return false
  if (!subject) return true
  const subjectRole = casebookOptionsOf(req.payload.config).roleOf(subject)
  return subjectRole !== null && rankOf(subjectRole) <= rankOf(user.role)
}

/** Field-level write of an account's credentials (email): the account itself and admins. */
export const writeOwnCredentialField: FieldAccess = ({ req, doc, id }) => {
  const user = principalOf(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return isSelf(user, id ?? (doc as { id?: unknown } | undefined)?.id)
}

/** Who deletes an account: admins any; everyone else (signed in) only their own. */
export const deleteAccounts: Access = ({ req }) => {
  const user = principalOf(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/**
 * The "former member" placeholder is nobody's account: no one edits or deletes it over the API
 * (layered onto the accounts collection's own update and delete access).
 */
export const notFormerMember: Access = () => ({ handle: { not_equals: formerMemberHandle } })

/** `_verified`: set and seen by admins only (a sign-up cannot skip verification). */
export const adminOnlyVerification: FieldAccess = ({ req }) => hasRole(principalOf(req), 'admin')
