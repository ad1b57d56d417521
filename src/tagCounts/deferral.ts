import type { PayloadRequest } from 'payload'

import { sqlStateOf } from '../db/sqlState'
import { recomputeTagCounts } from './recompute'

/*
 * Tag counts of a bulk operation are recomputed once, when it ends. A bulk update or delete runs
 * all its documents in one transaction; recomputing after each document would lock tag rows
 * document by document ({3, 6}, then {1, 5}), out of id order across the transaction, and a
 * concurrent edit locking {1, 3} in order would deadlock with it. Deferred, a bulk operation locks
 * its documents' rows first and all its tags last, in id order, like every single-document write.
 */

type Req = Pick<PayloadRequest, 'context' | 'payload' | 'transactionID'>

/** The tags whose counts a running bulk operation has changed so far. */
interface Deferral {
  /** The bulk operation's transaction: a later operation on the same `req` never defers to it. */
  transactionID: unknown
  tagIds: Set<number>
  /** Bulk operations nested in this one (through hooks with `req`), which end before it. */
  depth: number
}

const key = 'casebook.deferredTagCounts'

function activeDeferral(req: Req): Deferral | null {
  const deferral = req.context[key] as Deferral | undefined
  return deferral && deferral.transactionID === req.transactionID ? deferral : null
}

/**
 * From now until `endDeferral`, tag counts changed in `req`'s transaction are collected. Without
 * a transaction each statement's locks end with it: there is no order to keep, nothing is deferred.
 */
export function beginDeferral(req: Req): void {
  if (req.transactionID === undefined) return
  const deferral = activeDeferral(req)
  if (deferral) deferral.depth += 1
  else req.context[key] = { transactionID: req.transactionID, tagIds: new Set(), depth: 1 }
}

/**
 * Recomputes the counts of the given tags now, or, while a bulk operation of this transaction
 * runs, when it ends.
 */
export async function recomputeOrDefer(req: Req, tagIds: readonly number[]): Promise<void> {
  const deferral = activeDeferral(req)
  if (!deferral) {
    await recomputeTagCounts(req, tagIds)
    return
  }
  for (const id of tagIds) deferral.tagIds.add(id)
}

/**
 * Ends a bulk operation's deferral; the outermost one recomputes every collected tag, in id order.
 * When a document's database error has already aborted the transaction (25P02), nothing of it will
 * be committed and there is nothing to recompute: the documents' own errors are the answer.
 */
export async function endDeferral(req: Req): Promise<void> {
  const deferral = activeDeferral(req)
  if (!deferral) return
  deferral.depth -= 1
  if (deferral.depth > 0) return
  delete req.context[key]
  try {
    await recomputeTagCounts(req, [...deferral.tagIds])
  } catch (error) {
    if (sqlStateOf(error) !== '25P02') throw error
  }
}
