import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import type { ReviewEvent } from '../../payload-types'
import { principalOf } from '../access/principal'
import { isStaffUser } from '../access/roles'
import { contentCollections, isAuthored, type ContentCollection } from '../content/registry'
import { reviewStates, type ReviewAction, type ReviewState } from '../workflow'

/** A document waiting for an editor's decision. */
export interface QueueEntry {
  collection: ContentCollection
  id: number
  title: string
  /** Who wrote it: the community author, else whoever submitted it. */
  author: string | null
  /** When it entered review (its latest submit), else its last edit. */
  submittedAt: string
}

/** One row of recent workflow activity. */
export interface ActivityEntry {
  id: number
  collection: ContentCollection
  itemId: number
  title: string
  action: ReviewAction
  from: ReviewState
  to: ReviewState
  by: string | null
  note: string | null
  at: string
}

/** Documents per review state (of their latest version), per collection and in total. */
export interface StatusCounts {
  total: Record<ReviewState, number>
  byCollection: Record<ContentCollection, Record<ReviewState, number>>
}

interface Named {
  name?: string | null
  handle?: string | null
}

const nameOf = (value: unknown): string | null => {
  if (!value || typeof value !== 'object') return null
  const { name, handle } = value as Named
  return name || handle || null
}

const itemKey = (collection: string, id: number | string) => `${collection}:${id}`

/**
 * What the signed-in user's editorial views cover: staff see every document they may read;
 * an author sees their own community documents only (others' published work is not theirs to
 * track). Access itself is enforced by the Local API (`overrideAccess: false`); this narrows.
 */
export function ownScope(req: PayloadRequest, collection: ContentCollection): Where | null {
  const user = principalOf(req)
  if (isStaffUser(user)) return {}
  if (!user || !isAuthored(collection)) return null
  return { author: { equals: user.id } }
}

const scoped = (scope: Where, where: Where): Where =>
  Object.keys(scope).length === 0 ? where : { and: [scope, where] }

/** When each document last entered review, from its history (one query). */
async function submittedTimes(
  req: PayloadRequest,
  keys: string[],
): Promise<Map<string, { at: string; by: string | null }>> {
  const times = new Map<string, { at: string; by: string | null }>()
  if (keys.length === 0) return times
  const { docs } = await req.payload.find({
    collection: 'review-events',
    where: { and: [{ itemKey: { in: keys } }, { to: { equals: 'in-review' } }] },
    sort: '-at',
    // Every submission of these documents (a resubmitted one has several): only the latest counts.
    pagination: false,
    depth: 1,
    select: { itemKey: true, at: true, by: true },
    populate: { users: { name: true, handle: true } },
    req,
    overrideAccess: false,
  })
  for (const event of docs) {
    const key = event.itemKey ?? ''
    if (!times.has(key)) times.set(key, { at: event.at, by: nameOf(event.by) })
  }
  return times
}

/**
 * The review queue: documents whose latest version is in review, oldest submission first,
 * across the content collections the user may read (authors: their own).
 */
export async function readReviewQueue(req: PayloadRequest, limit = 50): Promise<QueueEntry[]> {
  const found = await Promise.all(
    contentCollections.map(async (collection) => {
      const scope = ownScope(req, collection)
      if (!scope) return []
      const { docs } = await req.payload.find({
        collection,
        where: scoped(scope, { reviewStatus: { equals: 'in-review' } }),
        draft: true,
        sort: 'updatedAt',
        limit,
        depth: isAuthored(collection) ? 1 : 0,
        select: { title: true, updatedAt: true, ...(isAuthored(collection) && { author: true }) },
        populate: { users: { name: true, handle: true } },
        req,
        overrideAccess: false,
      })
      return docs.map((doc) => ({
        collection,
        id: doc.id,
        title: doc.title || `#${doc.id}`,
        author: 'author' in doc ? nameOf(doc.author) : null,
        submittedAt: doc.updatedAt,
      }))
    }),
  )
  const entries = found.flat()
  const times = await submittedTimes(
    req,
    entries.map((entry) => itemKey(entry.collection, entry.id)),
  )
  return entries
    .map((entry) => {
      const submitted = times.get(itemKey(entry.collection, entry.id))
      return {
        ...entry,
        author: entry.author ?? submitted?.by ?? null,
        submittedAt: submitted?.at ?? entry.submittedAt,
      }
    })
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id)
    .slice(0, limit)
}

const zeroCounts = (): Record<ReviewState, number> =>
  Object.fromEntries(reviewStates.map((state) => [state, 0])) as Record<ReviewState, number>

/** How many documents (latest versions) are in each review state, as the user may see them. */
export async function countByReviewStatus(req: PayloadRequest): Promise<StatusCounts> {
  const total = zeroCounts()
  const byCollection = {} as StatusCounts['byCollection']
  const pairs = contentCollections.flatMap((collection) => {
    byCollection[collection] = zeroCounts()
    const scope = ownScope(req, collection)
    return scope ? reviewStates.map((state) => ({ collection, state, scope })) : []
  })
  // One count per collection and state, all at once: each is an indexed count on the latest
  // versions, filtered by the caller's read access.
  await Promise.all(
    pairs.map(async ({ collection, state, scope }) => {
      const { totalDocs } = await req.payload.find({
        collection,
        where: scoped(scope, { reviewStatus: { equals: state } }),
        draft: true,
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        req,
        overrideAccess: false,
      })
      byCollection[collection][state] = totalDocs
      total[state] += totalDocs
    }),
  )
  return { total, byCollection }
}

/** What the dashboard and the history panel show of one event (without the document title). */
function entryOf(
  event: Pick<ReviewEvent, 'id' | 'action' | 'from' | 'to' | 'by' | 'note' | 'at'>,
  collection: ContentCollection,
  itemId: number,
): Omit<ActivityEntry, 'title'> {
  return {
    id: event.id,
    collection,
    itemId,
    action: event.action,
    from: event.from,
    to: event.to,
    by: nameOf(event.by),
    note: event.note ?? null,
    at: event.at,
  }
}

/**
 * The latest workflow events the user may read (staff: all; authors: on their own documents),
 * newest first.
 */
export async function readRecentActivity(
  req: PayloadRequest,
  limit = 10,
): Promise<ActivityEntry[]> {
  const { docs } = await req.payload.find({
    collection: 'review-events',
    sort: '-at',
    limit,
    depth: 1,
    populate: {
      users: { name: true, handle: true },
      ...Object.fromEntries(contentCollections.map((slug) => [slug, { title: true }])),
    },
    req,
    overrideAccess: false,
  })
  return docs.map((event) => {
    const value = event.item.value
    const itemId = typeof value === 'object' ? value.id : value
    const title = typeof value === 'object' ? value.title : null
    return {
      ...entryOf(event, event.item.relationTo, itemId),
      title: title || `#${itemId}`,
    }
  })
}

/**
 * A document's history, newest first, with notes (the edit view's panel and an author's view
 * of what the editors said).
 */
export async function readDocumentHistory(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  limit = 50,
): Promise<Omit<ActivityEntry, 'title'>[]> {
  const { docs } = await req.payload.find({
    collection: 'review-events',
    where: { itemKey: { equals: itemKey(collection, id) } },
    sort: '-at',
    limit,
    depth: 1,
    select: { item: true, action: true, from: true, to: true, by: true, note: true, at: true },
    populate: { users: { name: true, handle: true } },
    req,
    overrideAccess: false,
  })
  return docs.map((event) => entryOf(event, collection, id))
}

/** Editor decisions that carry a note for the author. */
const editorDecisions: ReviewAction[] = ['request-changes', 'reject', 'approve']

/** The latest note an editor left on the document, as the user may read it (null if none). */
export async function readLatestNote(
  payload: Payload,
  user: TypedUser,
  collection: ContentCollection,
  id: number,
): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'review-events',
    where: {
      and: [
        { itemKey: { equals: itemKey(collection, id) } },
        { action: { in: editorDecisions } },
        { note: { exists: true } },
      ],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    select: { note: true },
    user,
    overrideAccess: false,
  })
  return docs[0]?.note ?? null
}

/** "3 min", "5 h", "2 d": how long something has waited. */
export function formatAge(since: string, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.floor(hours / 24)} d`
}
