import { isStaffUser, type Principal } from '../access/roles'
import {
  allowedActions,
  decide,
  type Decision,
  type ReviewAction,
  type ReviewActor,
  type ReviewRole,
  type ReviewState,
} from '../workflow'
import { isAuthored } from '../content/registry'
import type { ReviewSnapshot } from './state'

type Id = number | string

/**
 * The caller as the workflow sees them. Community documents belong to their `author`; stories and
 * lessons are written by the editorial team, so every editor counts as their owner.
 */
export function reviewActorFor(
  user: Principal | null,
  collection: string,
  authorId: Id | null,
): ReviewActor {
  // A service account acts in the workflow as an anonymous visitor: it may take no action.
  if (!user || user.role === 'frontend') return { role: 'anonymous', isOwner: false }
  const role: ReviewRole = user.role ?? 'anonymous'
  const isOwner = isAuthored(collection)
    ? authorId !== null && String(authorId) === String(user.id)
    : isStaffUser(user)
  return { role, isOwner }
}

// `unpublish` takes the live version down, so it stays possible while a revision is pending.
const unpublishesLive = (snapshot: ReviewSnapshot, action: ReviewAction) =>
  action === 'unpublish' && snapshot.live && snapshot.state !== 'published'

/** Actions the actor may take on the document now, in workflow order. */
export function documentActions(snapshot: ReviewSnapshot, actor: ReviewActor): ReviewAction[] {
  const actions = allowedActions(snapshot.state, actor)
  if (
    unpublishesLive(snapshot, 'unpublish') &&
    allowedActions('published', actor).includes('unpublish')
  ) {
    actions.push('unpublish')
  }
  return actions
}

/** The workflow's decision for the document; a 409 lists the document's allowed actions. */
export function decideForDocument(
  snapshot: ReviewSnapshot,
  action: ReviewAction,
  actor: ReviewActor,
  note: string | null,
): Decision {
  const decision = decide({ state: fromState(snapshot, action), action, actor, note })
  if (decision.ok || decision.status !== 409) return decision
  return { ...decision, allowed: documentActions(snapshot, actor) }
}

/** The state an action moves away from (the live one when unpublishing over a revision). */
export function fromState(snapshot: ReviewSnapshot, action: ReviewAction): ReviewState {
  return unpublishesLive(snapshot, action) ? 'published' : snapshot.state
}
