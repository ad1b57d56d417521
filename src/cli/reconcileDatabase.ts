import { getPayload, type Payload } from 'payload'

import configPromise from '../../payload.config'
import { closePayload } from '../db/pool'
import { runReconcilers } from '../reconcile/run'

/**
 * The work of `npm run reconcile`, run by src/cli/reconcile.ts in a child process whose
 * DATABASE_URL is already set, so the config is imported statically (see there for why).
 * Exit codes: 0 all matched or fixed, 1 drift found with --check, 2 error.
 */
async function main(): Promise<number> {
  const check = process.argv.slice(2).includes('--check')
  let payload: Payload | undefined
  try {
    payload = await getPayload({ config: await configPromise })
    const off = await runReconcilers(payload, { fix: !check })
    return check && off > 0 ? 1 : 0
  } finally {
    if (payload) await closePayload(payload)
  }
}

/** Tells the parent the run finished; a child that exits without saying so stalled in loading. */
const finish = (code: number) => {
  if (process.send) process.send({ reconciled: code }, () => process.exit(code))
  else process.exit(code)
}

main().then(
  (code) => finish(code),
  (error: unknown) => {
    const undefinedTable = (error as { cause?: { code?: string } }).cause?.code === '42P01'
    const message = undefinedTable
      ? 'the database has no casebook schema yet; run `npm run migrate` first'
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error)
    console.error(`casebook reconcile: ${message}`)
    finish(2)
  },
)
