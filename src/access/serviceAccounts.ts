import type { Access, PayloadHandler } from 'payload'
import { APIError } from 'payload'

import { principalOf } from './principal'
import { isServiceAccount } from './roles'

/** Payload's access when a collection sets none: any signed-in user. */
const payloadDefault: Access = ({ req }) => Boolean(req.user)

/** `theirs`, except that service accounts are always refused. */
export const refuseServiceAccounts =
  (theirs: Access | undefined): Access =>
  (args) =>
    isServiceAccount(principalOf(args.req)) ? false : (theirs ?? payloadDefault)(args)

/** An endpoint handler that answers 403 to service accounts and runs `handler` for everyone else. */
export const refuseServiceAccountsAt =
  (handler: PayloadHandler): PayloadHandler =>
  (req) => {
    if (isServiceAccount(principalOf(req))) {
      throw new APIError('Service accounts only read published content.', 403)
    }
    return handler(req)
  }
