import { APIError, type FieldHook } from 'payload'

import { canReadFullBody, type GatedDocument } from '../src/access/entitlement'
import { principalOf } from '../src/access/principal'

/**
 * beforeDuplicate of a gated field. Duplicating copies the stored document past read access, so a
 * caller who may create documents but is not entitled to this one's body would get a copy of it.
 */
export const refuseLockedDuplicate: FieldHook = ({ data, overrideAccess, req, value }) => {
  if (overrideAccess) return value
  if (canReadFullBody(principalOf(req), data as GatedDocument)) {
    return value
  }
  throw new APIError('Only readers entitled to the full body may duplicate this document.', 403)
}
