import type { CollectionBeforeDeleteHook } from 'payload'

import { formerMemberId } from '../src/accounts/formerMember'
import { reassignAccount } from '../src/accounts/reassign'
import { chosenReassignTarget } from '../src/accounts/reassignTarget'

/**
 * Deleting an account keeps what it leaves behind, in the delete's transaction: its content goes
 * to the account the admin chose (`?reassignTo=`) or to the "former member" placeholder, its
 * actions in review history to the placeholder. Its likes and ratings are removed through Payload,
 * so the items' aggregates are recomputed.
 */
export const reassignDeletedAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const from = Number(id)
  const placeholder = await formerMemberId(req)
  await reassignAccount(req, { from, to: chosenReassignTarget(req) ?? placeholder, placeholder })
  for (const collection of ['likes', 'ratings'] as const) {
    await req.payload.delete({
      collection,
      where: { user: { equals: from } },
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
}
