import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { isFormerMember } from '../src/accounts/formerMemberIdentity'

/** Nobody signs in as the "former member" placeholder (login and password reset alike). */
export const refuseFormerMemberSignIn: CollectionBeforeLoginHook = ({ user }) => {
  if (isFormerMember(user)) throw new APIError('This account cannot sign in.', 403)
  return user
}
