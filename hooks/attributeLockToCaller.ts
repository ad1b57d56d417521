import type { CollectionBeforeChangeHook } from 'payload'

import { principalOf } from '../src/access/principal'

/**
 * A lock always belongs to whoever takes it: a client-sent `user` is replaced by the caller on
 * create and update (taking over a lock makes it the caller's). Server code without a user
 * (the Local API) is trusted as is.
 */
export const attributeLockToCaller: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = principalOf(req)
  if (!user) return data
  return { ...data, user: { relationTo: user.collection ?? 'users', value: user.id } }
}
