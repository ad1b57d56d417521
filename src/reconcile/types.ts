import type { Payload } from 'payload'

/** One value reconcile found wrong (and fixed, unless checking only). */
export interface Drift {
  /** What was off, e.g. `tags/reliability counts.communityItems` or `community-articles:4 likes`. */
  subject: string
  stored: number
  actual: number
}

/**
 * Recomputes one family of derived values from the rows they summarise. With `fix`, writes the
 * correct values; either way returns what differed.
 */
export type Reconciler = (payload: Payload, options: { fix: boolean }) => Promise<Drift[]>
