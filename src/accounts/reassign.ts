import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { onCommitted, onCommittedWrite } from '../changes/feed'
import { changeEventFor } from '../changes/summary'
import { contentRegistry, type ContentCollection } from '../content/registry'
import { runSQL } from '../db/sql'
import { tableOf, versionsTableOf } from '../db/tables'

const authoredCollections: ContentCollection[] = contentRegistry
  .filter((entry) => entry.authored)
  .map((entry) => entry.slug)

interface MovedDocument {
  id: number
  published: boolean
}

/**
 * Gives every document `from` wrote (and every version of it) to `to`, in SQL: no new version, no
 * review lock, no change to what is published. Published documents are announced as updated once
 * the transaction commits, so cached pages show their new author.
 */
async function moveAuthorship(req: PayloadRequest, from: number, to: number): Promise<void> {
  for (const collection of authoredCollections) {
    const main = sql.identifier(tableOf(collection))
    const versions = sql.identifier(versionsTableOf(collection))
    const documents = await runSQL<MovedDocument>(
      req,
      sql`UPDATE ${main} SET author_id = ${to} WHERE author_id = ${from}
          RETURNING id, _status = 'published' AS published`,
    )
    await runSQL(
      req,
      sql`UPDATE ${versions} SET version_author_id = ${to} WHERE version_author_id = ${from}`,
    )
    if (documents.length === 0) continue
    await onCommittedWrite(req, collection)
    for (const { id } of documents.filter((document) => document.published)) {
      const doc = await req.payload.findByID({
        collection,
        id,
        select: { slug: true, title: true, tags: true },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await onCommitted(req, await changeEventFor(req, 'published-updated', collection, doc))
    }
  }
}

/**
 * Keeps every review event: as actor, `from` becomes the placeholder (anonymised); as owner (the
 * author of the document then, who may read the event), the account that now has the document.
 */
async function anonymiseHistory(
  req: PayloadRequest,
  { from, to, placeholder }: { from: number; to: number; placeholder: number },
) {
  const rows = await runSQL(
    req,
    sql`UPDATE review_events
          SET by_id = CASE WHEN by_id = ${from} THEN ${placeholder} ELSE by_id END,
              owner_id = CASE WHEN owner_id = ${from} THEN ${to} ELSE owner_id END
        WHERE by_id = ${from} OR owner_id = ${from}
        RETURNING id`,
  )
  if (rows.length > 0) await onCommittedWrite(req, 'review-events')
}

/**
 * What deleting account `from` does to what it leaves behind, in the request's transaction: its
 * content goes to `to`, its actions in review history to the placeholder, and the events of the
 * documents it owned to their new owner.
 */
export async function reassignAccount(
  req: PayloadRequest,
  { from, to, placeholder }: { from: number; to: number; placeholder: number },
): Promise<void> {
  await moveAuthorship(req, from, to)
  await anonymiseHistory(req, { from, to, placeholder })
}
