/** Review states a document moves through, roughly in lifecycle order. */
export const reviewStates = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'rejected',
  'published',
] as const

/** One of {@link reviewStates}. */
export type ReviewState = (typeof reviewStates)[number]

/** Actions that move a document between review states. Also the order `allowedActions` reports. */
export const reviewActions = [
  'submit',
  'withdraw',
  'request-changes',
  'approve',
  'reject',
  'publish',
  'unpublish',
  'reopen',
] as const

/** One of {@link reviewActions}. */
export type ReviewAction = (typeof reviewActions)[number]

/** Roles as the workflow sees them; `anonymous` stands for "no user". */
export const reviewRoles = ['admin', 'editor', 'author', 'reader', 'anonymous'] as const

/** One of {@link reviewRoles}. */
export type ReviewRole = (typeof reviewRoles)[number]

/**
 * The caller, reduced to what the workflow needs. `isOwner` is decided by the caller: the document's
 * author (or `createdBy`) is the user, or the collection is editor-authored and the user is an editor.
 */
export interface ReviewActor {
  readonly role: ReviewRole
  readonly isOwner: boolean
}

/** Human labels for review states, for the admin UI and notification text. */
export const reviewStateLabels: Readonly<Record<ReviewState, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  rejected: 'Rejected',
  published: 'Published',
}

/** True if `v` is one of {@link reviewStates}; use it to validate untrusted input. */
export function isReviewState(v: unknown): v is ReviewState {
  return typeof v === 'string' && (reviewStates as readonly string[]).includes(v)
}

/** True if `v` is one of {@link reviewActions}; use it to validate untrusted input. */
export function isReviewAction(v: unknown): v is ReviewAction {
  return typeof v === 'string' && (reviewActions as readonly string[]).includes(v)
}
