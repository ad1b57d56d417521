import type { FieldHook } from 'payload'

import { canReadFullBody, type GatedDocument } from '../src/access/entitlement'
import { principalOf } from '../src/access/principal'

/**
 * afterRead of a gated field (`content`, a question's `solution`): `null` for a reader who is not
 * entitled to the document's full body. `data` is the document (or the version's document), so
 * the tier and author decide even inside arrays. Trusted server reads (`overrideAccess`) keep it.
 */
export const withholdLockedBody: FieldHook = ({ data, overrideAccess, req, value }) => {
  if (overrideAccess) return value
  const entitled = canReadFullBody(principalOf(req), data as GatedDocument)
  return entitled ? value : null
}
