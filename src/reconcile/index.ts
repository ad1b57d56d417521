import { reconcileEngagement } from './engagement'
import { reconcileTagCounts } from './tagCounts'
import type { Reconciler } from './types'

export type { Drift, Reconciler } from './types'

/** Every family of derived values `npm run reconcile` checks, by name, in the order they run. */
export const reconcilers: Record<string, Reconciler> = {
  tagCounts: reconcileTagCounts,
  engagement: reconcileEngagement,
}
