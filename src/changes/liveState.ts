import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, RequestContext } from 'payload'

import { runSQL } from '../db/sql'
import { tableOf } from '../db/tables'

/** What readers see of a document: whether its main row is live, and when it was last written. */
export interface LiveState {
  live: boolean
  writtenAt: string | null
}

const absent: LiveState = { live: false, writtenAt: null }

/**
 * The document's main row, read in the request's transaction. A draft save writes only the
 * versions table, so the main row tells a published revision from a draft of one.
 */
export async function readLiveState(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  slug: string,
  id: number | string,
): Promise<LiveState> {
  const rows = await runSQL<{ status: string | null; written_at: Date | string | null }>(
    req,
    sql`SELECT _status AS status, updated_at AS written_at
        FROM ${sql.identifier(tableOf(slug))} WHERE id = ${Number(id)}`,
  )
  const row = rows[0]
  if (!row) return absent
  const writtenAt = row.written_at === null ? null : new Date(row.written_at).toISOString()
  return { live: row.status === 'published', writtenAt }
}

const contextKey = (slug: string, id: number | string) => `casebook.liveState:${slug}:${id}`

/** Keeps the state before a change for the hook that runs after it. */
export function rememberLiveState(
  context: RequestContext,
  slug: string,
  id: number | string,
  state: LiveState,
): void {
  context[contextKey(slug, id)] = state
}

/** The state remembered before the change (not live for a new document), and forgets it. */
export function takeLiveState(context: RequestContext, slug: string, id: number | string) {
  const key = contextKey(slug, id)
  const state = context[key] as LiveState | undefined
  delete context[key]
  return state ?? absent
}

/** Which change, if any, readers saw: a draft save or an edit of a draft is none. */
export function changeBetween(before: LiveState, after: LiveState) {
  if (!before.live && after.live) return 'published' as const
  if (before.live && !after.live) return 'unpublished' as const
  if (before.live && after.live && before.writtenAt !== after.writtenAt) {
    return 'published-updated' as const
  }
  return null
}
