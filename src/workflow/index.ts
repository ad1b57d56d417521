/** Review workflow: the state table and pure decisions over it. No I/O, no Payload imports. */
export {
  isReviewAction,
  isReviewState,
  reviewActions,
  reviewRoles,
  reviewStateLabels,
  reviewStates,
} from './states'
export type { ReviewAction, ReviewActor, ReviewRole, ReviewState } from './states'
export { findTransition, notifyTargets, transitions } from './transitions'
export type { NotifyTarget, ReviewParty, Transition } from './transitions'
export { allowedActions, decide } from './decide'
export type { DecideInput, Decision } from './decide'
