import type { FieldHook } from 'payload'

import { canReadFullBody, type GatedDocument } from '../src/access/entitlement'
import { principalOf } from '../src/access/principal'

/**
 * afterRead of the virtual `locked`: true when this reader gets the teaser instead of the full
 * body. Trusted server reads (`overrideAccess`) see the body, so for them it is false.
 */
export const computeLocked: FieldHook = ({ data, overrideAccess, req }) => {
  if (overrideAccess) return false
  return !canReadFullBody(principalOf(req), data as GatedDocument)
}
