import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { casebookOptionsOf, principalOf } from '../access/principal'
import { hasRole, type Role } from '../access/roles'
import { isFormerMember } from './formerMemberIdentity'
import type { AccountDocument } from '../types'

/** Roles that may receive a deleted account's content: those that write it. */
const receivingRoles: readonly Role[] = ['author', 'editor', 'admin']

const reassignToKey = 'casebookReassignTo'

const positiveInteger = /^[1-9][0-9]{0,14}$/

/**
 * Reads `?reassignTo=<user id>` of a delete and checks it before anything is written: admins
 * only; an existing author, editor or admin account (not the placeholder). Remembers the id for
 * the operation; answers 400 (bad value, unsuitable account) or 403 (not an admin) otherwise.
 */
export async function checkReassignTarget(req: PayloadRequest): Promise<void> {
  req.context[reassignToKey] = undefined
  const raw = (req.query as Record<string, unknown> | undefined)?.reassignTo
  if (raw === undefined) return
  if (!hasRole(principalOf(req), 'admin')) {
    throw new APIError('Only admins choose who receives a deleted account’s content.', 403)
  }
  if (typeof raw !== 'string' || !positiveInteger.test(raw)) {
    throw new APIError('reassignTo must be the id of a user account.', 400)
  }
  const { users, roleOf } = casebookOptionsOf(req.payload.config)
  const { docs } = await req.payload.find({
    collection: users as CollectionSlug,
    where: { id: { equals: Number(raw) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const target = docs[0] as unknown as AccountDocument | undefined
  if (!target) throw new APIError(`reassignTo: there is no account ${raw}.`, 400)
  const role = roleOf(target)
  if (isFormerMember(target) || !role || !receivingRoles.includes(role)) {
    throw new APIError(
      `reassignTo: account ${raw} cannot receive content (it must be an author, editor or admin).`,
      400,
    )
  }
  req.context[reassignToKey] = Number(target.id)
}

/** The account chosen to receive the deleted accounts' content, if the delete named one. */
export const chosenReassignTarget = (req: PayloadRequest): number | undefined =>
  req.context[reassignToKey] as number | undefined
