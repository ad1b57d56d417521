import { APIError, type PayloadRequest } from 'payload'

import { principalOf } from '../access/principal'
import { isStaffUser, type Principal } from '../access/roles'

/** The signed-in caller; likes and ratings need one (401 otherwise). */
export function signedInUser(req: PayloadRequest, doing: string): Principal & { id: number } {
  const user = principalOf(req)
  if (!user) throw new APIError(`Sign in to ${doing}.`, 401)
  return { ...user, id: Number(user.id) }
}

/** Whether the caller may remove a row owned by `ownerId`: its owner, or staff. */
export const mayRemove = (user: Principal, ownerId: number | null): boolean =>
  isStaffUser(user) || (ownerId !== null && Number(user.id) === ownerId)
