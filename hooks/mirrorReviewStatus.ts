import type { CollectionBeforeChangeHook } from 'payload'

import { draftRestoreKey, isReviewWrite } from '../src/review/context'
import type { ReviewState } from '../src/workflow'

/**
 * Keeps `reviewStatus = published` exactly when `_status = published`, for writes outside the
 * workflow: server code creating published content, an admin's fix, a restore, or a user's edit
 * of a published document, which becomes a revision starting again at `draft`. Otherwise the
 * status carries over from the latest version (field access keeps non-admins from setting it).
 */
export const mirrorReviewStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (isReviewWrite(req.context)) return data
  const restoringAsDraft = req.context.isRestoringVersion === true && req.context[draftRestoreKey]
  const publishing = data._status === 'published' && !restoringAsDraft
  const current = (data.reviewStatus ?? originalDoc?.reviewStatus ?? 'draft') as ReviewState
  const reviewStatus: ReviewState = publishing
    ? 'published'
    : current === 'published'
      ? 'draft'
      : current
  return reviewStatus === data.reviewStatus ? data : { ...data, reviewStatus }
}
