import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '../src/access/roles'
import { principalOf } from '../src/access/principal'
import { isReviewWrite } from '../src/review/context'
import { reviewStateLabels, type ReviewState } from '../src/workflow'

// Work under review (or approved and waiting to be published) is what the editor decided on.
const locked: readonly ReviewState[] = ['in-review', 'approved']

/**
 * An author cannot edit a document while it is in review or approved (409): they withdraw it
 * first. `originalDoc` is the latest version, so this also covers a revision of a live document.
 * Editors may still fix things during review.
 */
export const lockDocumentsInReview: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || isReviewWrite(req.context)) return data
  const user = principalOf(req)
  if (!user || isStaffUser(user)) return data
  const state = (originalDoc as { reviewStatus?: ReviewState } | undefined)?.reviewStatus
  if (state && locked.includes(state)) {
    const hint = state === 'in-review' ? 'withdraw it to edit' : 'it is waiting to be published'
    throw new APIError(`This document is ${reviewStateLabels[state]}: ${hint}.`, 409)
  }
  return data
}
