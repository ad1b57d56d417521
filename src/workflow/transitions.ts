import type { ReviewAction, ReviewState } from './states'

/**
 * Who may take a transition; an actor qualifies by matching any listed party.
 * - `owner`: the document's owner, if they are an author, editor or admin.
 * - `editor`: any editor or admin, whoever owns the document.
 * - `editor-owner`: an editor or admin who owns the document.
 */
export type ReviewParty = 'owner' | 'editor' | 'editor-owner'

/** One row of the review table. At most one row exists per (from state, action) pair. */
export interface Transition {
  readonly from: readonly ReviewState[]
  readonly action: ReviewAction
  readonly to: ReviewState
  readonly who: readonly ReviewParty[]
  /** The action must carry a non-blank note (it is sent to the author). */
  readonly noteRequired: boolean
  /** The action may carry a `publishAt` date to schedule it. */
  readonly allowsPublishAt?: boolean
}

/** The review state machine, as in the design contract. */
export const transitions: readonly Transition[] = [
  {
    from: ['draft', 'changes-requested'],
    action: 'submit',
    to: 'in-review',
    who: ['owner', 'editor'],
    noteRequired: false,
  },
  { from: ['in-review'], action: 'withdraw', to: 'draft', who: ['owner'], noteRequired: false },
  {
    from: ['in-review'],
    action: 'request-changes',
    to: 'changes-requested',
    who: ['editor'],
    noteRequired: true,
  },
  { from: ['in-review'], action: 'approve', to: 'approved', who: ['editor'], noteRequired: false },
  { from: ['in-review'], action: 'reject', to: 'rejected', who: ['editor'], noteRequired: true },
  // The contract's "approved, draft (editor's own)" row is split in two because the parties differ:
  // anyone's approved work may be published, but only an editor's own draft may skip review.
  {
    from: ['approved'],
    action: 'publish',
    to: 'published',
    who: ['editor'],
    noteRequired: false,
    allowsPublishAt: true,
  },
  {
    from: ['draft'],
    action: 'publish',
    to: 'published',
    who: ['editor-owner'],
    noteRequired: false,
    allowsPublishAt: true,
  },
  { from: ['published'], action: 'unpublish', to: 'draft', who: ['editor'], noteRequired: false },
  { from: ['rejected'], action: 'reopen', to: 'draft', who: ['editor'], noteRequired: false },
]

/** The row for `action` taken from `state`, or undefined if the table has none. */
export function findTransition(state: ReviewState, action: ReviewAction): Transition | undefined {
  return transitions.find((t) => t.action === action && t.from.includes(state))
}

/** Who hears about an action: the document's author, or the editors as a group. */
export type NotifyTarget = 'author' | 'editors'

/**
 * Whom to notify after `action`. Authors hear about decisions on their work; editors hear about
 * submissions, which are the only thing waiting on them.
 */
export function notifyTargets(action: ReviewAction): NotifyTarget {
  return action === 'submit' ? 'editors' : 'author'
}
