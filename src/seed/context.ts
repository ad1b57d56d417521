import type { Payload, PayloadRequest } from 'payload'

import type { Tally } from './report'

/** What every seed step works with: one request, so all writes share one transaction. */
export interface SeedContext {
  payload: Payload
  req: PayloadRequest
  tally: Tally
}
