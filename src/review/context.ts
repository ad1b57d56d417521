import type { RequestContext } from 'payload'

/**
 * `req.context` flag set while the review service itself writes a document. The guard hooks let
 * those writes through; every other write of a signed-in user is held to the workflow rules.
 */
export const reviewWriteKey = 'casebookReviewWrite'

/** `req.context` flag recording that a version is being restored as a draft. */
export const draftRestoreKey = 'casebookDraftRestore'

export const isReviewWrite = (context: RequestContext | undefined): boolean =>
  context?.[reviewWriteKey] === true
