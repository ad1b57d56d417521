import type { Payload } from 'payload'

import { reconcilers } from './index'

/**
 * Runs every reconciler and prints each value that was off (fixed unless `fix` is false), then a
 * summary line. Returns how many values were off.
 */
export async function runReconcilers(
  payload: Payload,
  { fix }: { fix: boolean },
  print: (line: string) => void = console.info,
): Promise<number> {
  let off = 0
  for (const [name, reconcile] of Object.entries(reconcilers)) {
    const drifts = await reconcile(payload, { fix })
    for (const { subject, stored, actual } of drifts) {
      print(`${name}: ${subject}: stored ${stored}, actual ${actual}${fix ? ' (fixed)' : ''}`)
    }
    off += drifts.length
  }
  if (off === 0) print('reconcile: every derived value matches the rows it summarises')
  else print(`reconcile: ${off} value(s) off${fix ? ', fixed' : ', nothing changed (--check)'}`)
  return off
}
