import type { CollectionBeforeDeleteHook } from 'payload'

import { isFormerMember } from '../src/accounts/formerMemberIdentity'
import { chosenReassignTarget } from '../src/accounts/reassignTarget'
import { lockAccountDeletions, noteAdminDeletion, refusal } from '../src/accounts/deletion'
import { casebookOptionsOf } from '../src/access/principal'
import type { AccountDocument } from '../src/types'

/**
 * Before an account is deleted: the "former member" placeholder never is (403); an account is not
 * given its own content (400). Then it waits for other account deletions to end, so that the
 * check that an admin is left (after the operation) and the placeholder's creation see them.
 */
export const guardUserDeletion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const account = await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (isFormerMember(account)) {
    throw refusal(req, 'The former-member placeholder account cannot be deleted.', 403)
  }
  if (chosenReassignTarget(req) === Number(id)) {
    throw refusal(req, 'reassignTo names an account that is being deleted.', 400)
  }
  const { roleOf } = casebookOptionsOf(req.payload.config)
  await lockAccountDeletions(req)
  if (roleOf(account as unknown as AccountDocument) === 'admin') noteAdminDeletion(req)
}
