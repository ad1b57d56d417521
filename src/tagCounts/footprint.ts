import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, RequestContext } from 'payload'

import { runSQL } from '../db/sql'
import { tableOf } from '../db/tables'
import { documentMemberships } from './memberships'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * What one document contributes to tag counts: `tagId:bucket` entries, empty unless the document's
 * main row (the published state) is live.
 */
export type Footprint = ReadonlySet<string>

/** The document's current footprint, read from its main row in the request's transaction. */
export async function readFootprint(
  req: Req,
  slug: string,
  id: number | string,
): Promise<Footprint> {
  const rows = await runSQL<{ tags_id: number; bucket: string | null }>(
    req,
    documentMemberships(req.payload, slug, id),
  )
  return new Set(rows.filter((row) => row.bucket).map((row) => `${row.tags_id}:${row.bucket}`))
}

/**
 * Locks the document's main row (as the write that follows will) before its footprint is read, so
 * a concurrent change of the same document cannot slip between the read and the write.
 */
export async function lockDocument(req: Req, slug: string, id: number | string): Promise<void> {
  await runSQL(
    req,
    sql`SELECT id FROM ${sql.identifier(tableOf(slug))} WHERE id = ${Number(id)} FOR NO KEY UPDATE`,
  )
}

/** Tags whose count can differ between two footprints of one document. */
export function changedTags(before: Footprint, after: Footprint): number[] {
  const changed = new Set<number>()
  for (const entry of before) if (!after.has(entry)) changed.add(Number(entry.split(':')[0]))
  for (const entry of after) if (!before.has(entry)) changed.add(Number(entry.split(':')[0]))
  return [...changed]
}

const contextKey = (slug: string, id: number | string) => `casebook.tagFootprint:${slug}:${id}`

/** Keeps the footprint a document had before a change, for the hook that runs after it. */
export function rememberFootprint(
  context: RequestContext,
  slug: string,
  id: number | string,
  footprint: Footprint,
): void {
  context[contextKey(slug, id)] = footprint
}

/** The footprint remembered before the change (empty for a new document), and forgets it. */
export function takeFootprint(
  context: RequestContext,
  slug: string,
  id: number | string,
): Footprint {
  const key = contextKey(slug, id)
  const footprint = context[key]
  delete context[key]
  return footprint instanceof Set ? (footprint as Footprint) : new Set()
}
