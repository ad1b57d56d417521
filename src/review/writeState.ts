import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { runSQL } from '../db/sql'
import { tableOf, versionsTableOf } from '../db/tables'
import type { ContentCollection } from '../content/registry'
import type { ReviewState } from '../workflow'
import { reviewWriteKey } from './context'
import type { ReviewSnapshot } from './state'

/**
 * Moves the workflow state without touching content or making a version: the latest version (the
 * revision under review) always, the main row only when it is not live, since a live row keeps
 * `published` until its revision is published.
 */
export async function setReviewState(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  snapshot: ReviewSnapshot,
  to: ReviewState,
  publishAt: Date | null,
): Promise<void> {
  const at = publishAt?.toISOString() ?? null
  if (snapshot.versionId !== null) {
    await runSQL(
      req,
      sql`UPDATE ${sql.identifier(versionsTableOf(collection))}
          SET version_review_status = ${to}, version_publish_at = ${at}
          WHERE id = ${snapshot.versionId}`,
    )
  }
  await runSQL(
    req,
    sql`UPDATE ${sql.identifier(tableOf(collection))} SET review_status = ${to}, publish_at = ${at}
        WHERE id = ${id} AND _status IS DISTINCT FROM 'published'`,
  )
}

/**
 * Publishes (or unpublishes) through Payload's update with the same `req`, so the whole document
 * lifecycle (hooks of other features, a new version, the main row) happens in this transaction.
 * Publishing copies the latest version, i.e. the reviewed revision, over the live row.
 */
export async function setPublished(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  published: boolean,
): Promise<void> {
  const previous = req.context[reviewWriteKey]
  req.context[reviewWriteKey] = true
  try {
    await req.payload.update({
      collection,
      id,
      data: {
        _status: published ? 'published' : 'draft',
        reviewStatus: published ? 'published' : 'draft',
        publishAt: null,
      },
      draft: false,
      req,
      // The workflow has authorised the caller; the status fields are otherwise admin-only.
      overrideAccess: true,
      // An author's open edit view must not block an editor's decision.
      overrideLock: true,
      depth: 0,
    })
  } finally {
    req.context[reviewWriteKey] = previous
  }
}
