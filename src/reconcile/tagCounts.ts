import { createLocalReq } from 'payload'

import { tagCountKeys } from '../content/registry'
import { inTransaction } from '../db/sql'
import { readTagCounts, recomputeTagCounts } from '../tagCounts/recompute'
import type { Drift, Reconciler } from './types'

/**
 * `tags.counts` against the published documents carrying each tag. Fixing goes through the same
 * locked recompute as the hooks, so it is safe while the site is being edited.
 */
export const reconcileTagCounts: Reconciler = async (payload, { fix }) => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const drifts: Drift[] = []
    const driftedTags: number[] = []
    for (const row of await readTagCounts(req)) {
      const off = tagCountKeys.filter((key) => row.stored[key] !== row.actual[key])
      if (off.length > 0) driftedTags.push(row.id)
      for (const key of off) {
        drifts.push({
          subject: `tags/${row.slug} counts.${key}`,
          stored: row.stored[key],
          actual: row.actual[key],
        })
      }
    }
    if (fix) await recomputeTagCounts(req, driftedTags)
    return drifts
  })
}
