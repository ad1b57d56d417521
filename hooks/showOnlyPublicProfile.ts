import type { CollectionAfterReadHook } from 'payload'

import { isStaffUser } from '../src/access/roles'
import { principalOf } from '../src/access/principal'

/** What anyone may see of an account: the profile content shows for its author. */
export const publicProfileFields = ['id', 'name', 'handle'] as const

/**
 * afterRead of accounts: a caller who is neither the account itself nor staff gets the public
 * profile only, on every path (a populated `author`, /api/users, GraphQL). Field rules already
 * hide the private fields' values; this also drops what Payload leaves in their place (an empty
 * `sessions`) and bookkeeping (timestamps), so a public author object has nothing private-looking.
 */
export const showOnlyPublicProfile: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (overrideAccess) return doc
  const caller = principalOf(req)
  if (caller && (caller.id === doc.id || isStaffUser(caller))) return doc
  const profile: Record<string, unknown> = {}
  for (const key of publicProfileFields) if (key in doc) profile[key] = doc[key]
  return profile
}
