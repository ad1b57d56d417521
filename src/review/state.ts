import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { runSQL } from '../db/sql'
import { tableOf, versionsTableOf } from '../db/tables'
import { isReviewState, type ReviewState } from '../workflow'
import type { ContentCollection } from '../content/registry'

/**
 * Where a document stands in the workflow. A published document with a pending revision has two
 * states: the live row (main table) is published, the revision (latest version) has its own.
 */
export interface ReviewSnapshot {
  /** Readers see it: the main row is published. */
  live: boolean
  /** Workflow state of the latest version, i.e. of the pending revision when there is one. */
  state: ReviewState
  /** A scheduled publish time, if one is pending. */
  publishAt: Date | null
  /** The latest version row, which carries `state`; null for rows written without versions. */
  versionId: number | null
}

interface MainRow extends Record<string, unknown> {
  status: string | null
  review_status: string | null
  publish_at: Date | string | null
}

interface VersionRow extends Record<string, unknown> {
  id: number
  review_status: string | null
  publish_at: Date | string | null
}

const asState = (value: string | null): ReviewState => (isReviewState(value) ? value : 'draft')
const asDate = (value: Date | string | null): Date | null => (value ? new Date(value) : null)

/**
 * Reads a document's review state in the request's transaction. With `lock`, the main row is
 * locked (SELECT ... FOR UPDATE) first, so concurrent actions on one document run one after the
 * other and each decides on the state the previous one committed.
 */
export async function readReviewSnapshot(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  { lock }: { lock: boolean },
): Promise<ReviewSnapshot | null> {
  const main = sql.identifier(tableOf(collection))
  const versions = sql.identifier(versionsTableOf(collection))
  const [row] = await runSQL<MainRow>(
    req,
    sql`SELECT _status AS status, review_status, publish_at FROM ${main} WHERE id = ${id}
        ${lock ? sql`FOR UPDATE` : sql``}`,
  )
  if (!row) return null
  const [latest] = await runSQL<VersionRow>(
    req,
    sql`SELECT id, version_review_status AS review_status, version_publish_at AS publish_at
        FROM ${versions} WHERE parent_id = ${id} AND latest = true
        ORDER BY updated_at DESC, id DESC LIMIT 1`,
  )
  const source = latest ?? row
  return {
    live: row.status === 'published',
    state: asState(source.review_status),
    publishAt: asDate(source.publish_at),
    versionId: latest?.id ?? null,
  }
}
