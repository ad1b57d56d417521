import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../src/access/roles'
import { principalOf } from '../src/access/principal'

/**
 * An account an admin creates is verified from the start and gets no verification email; so is
 * one trusted server code (the Local API with access overridden) creates with `_verified: true`.
 * A self sign-up is left to Payload: unverified, with the email.
 */
export const verifyAccountsCreatedByAdmins: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create') return args
  const createArgs = args as {
    data?: Record<string, unknown>
    disableVerificationEmail?: boolean
    overrideAccess?: boolean
  }
  const byAdmin = hasRole(principalOf(req), 'admin')
  const trustedVerified = createArgs.overrideAccess === true && createArgs.data?._verified === true
  // An admin who asks for an unverified account gets Payload's email sent to it.
  if ((!byAdmin && !trustedVerified) || createArgs.data?._verified === false) return args
  return {
    ...args,
    data: { ...createArgs.data, _verified: true },
    disableVerificationEmail: true,
  } as typeof args
}
