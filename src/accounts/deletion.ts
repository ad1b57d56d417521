import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import { runSQL } from '../db/sql'
import type { AccountDocument } from '../types'

/**
 * Account deletions wait for each other (until their transaction ends): two can never remove the
 * last two admins at once, nor create two placeholders. One lock for both, so that no two
 * deletions can each hold one and wait for the other.
 */
const accountDeletionLock = 0x666f726d // "form"

/** Waits for any other account deletion in progress; held until the transaction ends. */
export async function lockAccountDeletions(req: PayloadRequest): Promise<void> {
  await runSQL(req, sql`select pg_advisory_xact_lock(${accountDeletionLock})`)
}

const deletesAdminKey = 'casebookDeletesAdmin'
const refusalKey = 'casebookDeletionRefusal'

/** Forgets what an earlier operation on the same request noted. */
export function startAccountDeletion(req: PayloadRequest): void {
  req.context[deletesAdminKey] = false
  req.context[refusalKey] = undefined
}

/** Notes that this operation deletes an admin (checked by {@link requireAnAdminLeft}). */
export function noteAdminDeletion(req: PayloadRequest): void {
  req.context[deletesAdminKey] = true
}

/** Refuses (409) an operation that leaves no admin; run once its deletes are done. */
export async function requireAnAdminLeft(req: PayloadRequest): Promise<void> {
  if (!req.context[deletesAdminKey]) return
  req.context[deletesAdminKey] = false
  const { users, roleOf, staffWhere } = casebookOptionsOf(req.payload.config)
  const { docs } = await req.payload.find({
    collection: users as CollectionSlug,
    where: staffWhere,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs.some((doc) => roleOf(doc as unknown as AccountDocument) === 'admin')) {
    throw new APIError(
      'The last admin account cannot be deleted; make another account admin first.',
      409,
    )
  }
}

/** An error that refuses an account's deletion, remembered so a bulk delete can answer with it. */
export function refusal(req: PayloadRequest, message: string, status: number): APIError {
  const error = new APIError(message, status)
  req.context[refusalKey] ??= error
  return error
}

/** The first refusal recorded during this operation, if any. */
export function recordedRefusal(req: PayloadRequest): APIError | undefined {
  const error = req.context[refusalKey] as APIError | undefined
  req.context[refusalKey] = undefined
  return error
}
