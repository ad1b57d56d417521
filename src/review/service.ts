import { APIError, type PayloadRequest } from 'payload'

import { principalOf } from '../access/principal'
import type { Principal } from '../access/roles'
import { inTransaction } from '../db/sql'
import { sendReviewNotifications, type ReviewNotice } from '../email/notifications'
import type { ContentCollection } from '../content/registry'
import type { ReviewAction, ReviewState } from '../workflow'
import { isAuthored } from '../content/registry'
import { decideForDocument, documentActions, fromState, reviewActorFor } from './decision'
import { assertCompleteForAction } from './completeness'
import { appendReviewEvent } from './history'
import type { ReviewInput } from './input'
import { queueScheduledPublish } from './schedule'
import { readReviewSnapshot, type ReviewSnapshot } from './state'
import { setPublished, setReviewState } from './writeState'
import { releaseCallersEditLock } from './releaseEditLock'

/** A review action on one document. */
export interface ReviewRequest extends ReviewInput {
  collection: ContentCollection
  id: number
  /** Set by the scheduler: act only if this is still the document's scheduled time. */
  scheduledFor?: Date
}

/** What an action did, and what the caller may do next. */
export interface ReviewResult {
  collection: ContentCollection
  id: number
  action: ReviewAction
  from: ReviewState
  to: ReviewState
  /** Workflow state now (of the pending revision, if there is one). */
  reviewStatus: ReviewState
  /** Whether readers see the document. */
  published: boolean
  publishAt: string | null
  scheduled: boolean
  allowed: ReviewAction[]
}

/** The document as the caller sees it: its review state, and the actions open to them. */
export interface ReviewOverview {
  reviewStatus: ReviewState
  published: boolean
  publishAt: string | null
  allowed: ReviewAction[]
}

/** The schedule a job was queued for was replaced or cancelled; the job has nothing to do. */
export class ScheduleSuperseded extends Error {}

interface VisibleDoc {
  title?: string | null
  author?: number | { id: number } | null
}

function signedIn(req: PayloadRequest): Principal {
  const user = principalOf(req)
  if (!user) throw new APIError('Sign in to review documents.', 401)
  return user
}

/** The document as the caller may read it (latest draft included); 404 when they may not. */
async function visibleDoc(req: PayloadRequest, collection: ContentCollection, id: number) {
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!doc) throw new APIError('Not Found', 404)
  return doc as VisibleDoc
}

const ownerOf = (collection: ContentCollection, doc: VisibleDoc): number | null => {
  if (!isAuthored(collection) || !doc.author) return null
  return typeof doc.author === 'object' ? doc.author.id : doc.author
}

async function load(req: PayloadRequest, collection: ContentCollection, id: number, lock: boolean) {
  // Lock before reading anything, so the decision is made on the state the last action committed.
  const snapshot = await readReviewSnapshot(req, collection, id, { lock })
  const doc = await visibleDoc(req, collection, id)
  if (!snapshot) throw new APIError('Not Found', 404)
  const ownerId = ownerOf(collection, doc)
  const actor = reviewActorFor(signedIn(req), collection, ownerId)
  return { snapshot, doc, ownerId, actor }
}

const iso = (date: Date | null) => date?.toISOString() ?? null

function refuse(decision: Exclude<ReturnType<typeof decideForDocument>, { ok: true }>): never {
  if (decision.status === 409) {
    throw new APIError(decision.reason, 409, { allowed: decision.allowed })
  }
  throw new APIError(decision.reason, decision.status)
}

async function write(
  req: PayloadRequest,
  request: ReviewRequest,
  snapshot: ReviewSnapshot,
  to: ReviewState,
  schedule: Date | null,
) {
  const { collection, id, action } = request
  const user = signedIn(req)
  if (schedule) {
    await setReviewState(req, collection, id, snapshot, snapshot.state, schedule)
    await queueScheduledPublish(req, {
      collection,
      document: id,
      user: Number(user.id),
      publishAt: schedule.toISOString(),
    })
  } else if (action === 'publish' || action === 'unpublish') {
    await setPublished(req, collection, id, action === 'publish')
  } else {
    await setReviewState(req, collection, id, snapshot, to, null)
  }
}

async function apply(req: PayloadRequest, request: ReviewRequest) {
  const { collection, id, action, note } = request
  const { snapshot, doc, ownerId, actor } = await load(req, collection, id, true)
  if (request.scheduledFor && snapshot.publishAt?.getTime() !== request.scheduledFor.getTime()) {
    throw new ScheduleSuperseded(`${collection}:${id} is no longer scheduled for that time`)
  }
  const decision = decideForDocument(snapshot, action, actor, note)
  if (!decision.ok) refuse(decision)
  await assertCompleteForAction(req, collection, id, action)

  const at = new Date()
  const schedule = request.publishAt && request.publishAt > at ? request.publishAt : null
  const from = fromState(snapshot, action)
  const to = schedule ? snapshot.state : decision.to
  await write(req, request, snapshot, to, schedule)
  const user = signedIn(req)
  await appendReviewEvent(req, {
    collection,
    id,
    action,
    from,
    to,
    by: Number(user.id),
    owner: ownerId,
    note: note ?? (schedule ? `Scheduled for ${schedule.toISOString()}` : null),
    at,
  })
  await releaseCallersEditLock(req, collection, id, {
    collection: user.collection ?? 'users',
    id: user.id,
  })

  const after = (await readReviewSnapshot(req, collection, id, { lock: false })) ?? snapshot
  const result: ReviewResult = {
    collection,
    id,
    action,
    from,
    to,
    reviewStatus: after.state,
    published: after.live,
    publishAt: iso(after.publishAt),
    scheduled: schedule !== null,
    allowed: documentActions(after, actor),
  }
  const notice: ReviewNotice = {
    collection,
    id,
    title: doc.title ?? `${collection} ${id}`,
    action,
    from,
    to,
    note,
    scheduledFor: schedule,
    actorName: (user as { name?: string }).name ?? 'Someone',
    ownerId,
  }
  return { result, notice }
}

/**
 * Takes a review action for the signed-in caller: locks the document, decides with the workflow
 * table, moves the state (publishing through Payload's update), appends the history row and, for
 * a future `publishAt`, queues the publish, all in one transaction. Emails go out after commit.
 * Refusals (401, 404, 409 with `allowed`, 403, 400) change nothing.
 */
export async function performReviewAction(
  req: PayloadRequest,
  request: ReviewRequest,
): Promise<ReviewResult> {
  signedIn(req)
  const { result, notice } = await inTransaction(req, () => apply(req, request))
  await sendReviewNotifications(req.payload, notice)
  return result
}

/** The caller's view of a document's review state and the actions open to them. */
export async function describeReview(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
): Promise<ReviewOverview> {
  signedIn(req)
  const { snapshot, actor } = await load(req, collection, id, false)
  return {
    reviewStatus: snapshot.state,
    published: snapshot.live,
    publishAt: iso(snapshot.publishAt),
    allowed: documentActions(snapshot, actor),
  }
}
