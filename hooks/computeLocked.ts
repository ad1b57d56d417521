import type { FieldHook } from 'payload'

import { canReadFullBody, type GatedDocument, type Subscriber } from '../src/access/entitlement'

/**
 * afterRead of the virtual `locked`: true when this reader gets the teaser instead of the full
 * body. Trusted server reads (`overrideAccess`) see the body, so for them it is false.
 */
export const computeLocked: FieldHook = ({ data, overrideAccess, req }) => {
  if (overrideAccess) return false
  return !canReadFullBody(req.user as Subscriber | null, data as GatedDocument, new Date())
}
