import { reviewActions, reviewStateLabels } from './states'
import type { ReviewAction, ReviewActor, ReviewRole, ReviewState } from './states'
import { findTransition } from './transitions'
import type { ReviewParty, Transition } from './transitions'

/** Outcome of {@link decide}; `status` is the HTTP status the endpoint should answer with. */
export type Decision =
  | { ok: true; to: ReviewState }
  | { ok: false; status: 409; reason: string; allowed: ReviewAction[] }
  | { ok: false; status: 403; reason: string }
  | { ok: false; status: 400; reason: string }

/** Input to {@link decide}. `note` is the reviewer's message; blank counts as missing. */
export interface DecideInput {
  state: ReviewState
  action: ReviewAction
  actor: ReviewActor
  note?: string | null
}

const editorRoles: readonly ReviewRole[] = ['admin', 'editor']
// Readers and anonymous callers never write, so ownership alone does not let them act.
const authoringRoles: readonly ReviewRole[] = ['admin', 'editor', 'author']

const partyNames: Record<ReviewParty, string> = {
  owner: "the document's owner",
  editor: 'an editor',
  'editor-owner': 'an editor who owns the document',
}

function isEditor(actor: ReviewActor): boolean {
  return editorRoles.includes(actor.role)
}

function matches(actor: ReviewActor, party: ReviewParty): boolean {
  switch (party) {
    case 'owner':
      return actor.isOwner && authoringRoles.includes(actor.role)
    case 'editor':
      return isEditor(actor)
    case 'editor-owner':
      return actor.isOwner && isEditor(actor)
  }
}

function mayTake(actor: ReviewActor, transition: Transition): boolean {
  return transition.who.some((party) => matches(actor, party))
}

/** Actions `actor` may take on a document in `state`, in {@link reviewActions} order. */
export function allowedActions(state: ReviewState, actor: ReviewActor): ReviewAction[] {
  return reviewActions.filter((action) => {
    const transition = findTransition(state, action)
    return transition !== undefined && mayTake(actor, transition)
  })
}

function conflict(state: ReviewState, actor: ReviewActor, reason: string): Decision {
  return { ok: false, status: 409, reason, allowed: allowedActions(state, actor) }
}

/**
 * Decides whether `actor` may take `action` on a document in `state`. Checks run in this order:
 * no such transition (409, with the actor's allowed actions), actor not permitted (403), required
 * note missing (400). Validate untrusted actions with `isReviewAction` first.
 */
export function decide({ state, action, actor, note }: DecideInput): Decision {
  const label = reviewStateLabels[state]
  const transition = findTransition(state, action)
  if (!transition) {
    return conflict(state, actor, `"${action}" is not possible in state "${label}".`)
  }
  if (!mayTake(actor, transition)) {
    // An editor who doesn't own a draft is allowed to publish in general; what is wrong is the
    // state: someone else's draft must go through review first. So 409 (with `submit` among the
    // allowed actions) rather than 403.
    if (transition.who.includes('editor-owner') && isEditor(actor)) {
      return conflict(
        state,
        actor,
        `Only the owner may "${action}" straight from "${label}"; submit it for review first.`,
      )
    }
    const parties = transition.who.map((party) => partyNames[party]).join(' or ')
    return { ok: false, status: 403, reason: `Only ${parties} may "${action}" this document.` }
  }
  if (transition.noteRequired && !note?.trim()) {
    return { ok: false, status: 400, reason: `"${action}" requires a note.` }
  }
  return { ok: true, to: transition.to }
}
