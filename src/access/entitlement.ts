import type { CollectionSlug, FieldAccess, PayloadRequest } from 'payload'

import { principalOf } from './principal'
import { isStaffUser, type Principal } from './roles'

/** The part of a signed-in user that premium entitlement looks at. */
export interface Subscriber extends Principal {
  subscription?: { tier?: string | null; premiumUntil?: string | null } | null
}

/** The part of a content document that decides who reads its full body. */
export interface GatedDocument {
  access?: unknown
  author?: unknown
}

/**
 * A premium subscription that has not expired: `premiumUntil` empty or later than `now`. The
 * default `isPremium` of the plugin options, for accounts with casebook's `subscription` field.
 */
export function hasActivePremium(user: Subscriber | null | undefined, now: Date): boolean {
  const subscription = user?.subscription
  if (subscription?.tier !== 'premium') return false
  const until = subscription.premiumUntil
  if (until === null || until === undefined || until === '') return true
  const end = Date.parse(until)
  return Number.isFinite(end) && end > now.getTime()
}

/** Editors, admins and premium readers (`isPremium`) read every premium body. */
export function readsAllPremium(user: Principal | null | undefined): boolean {
  return isStaffUser(user) || user?.premium === true
}

/** Whether `user` is the document's `author` (an id or a populated user). */
export function isAuthorOf(user: Principal | null | undefined, doc: GatedDocument | undefined) {
  if (!user || !doc) return false
  const author = doc.author
  const authorId =
    author !== null && typeof author === 'object' ? (author as { id?: unknown }).id : author
  return (
    (typeof authorId === 'number' || typeof authorId === 'string') &&
    String(authorId) === String(user.id)
  )
}

/**
 * Whether `user` reads the full body of `doc`. Free documents are open to all; anything else
 * (premium, or a tier that was not loaded) only to staff, active subscribers and the author.
 */
export function canReadFullBody(
  user: Principal | null | undefined,
  doc: GatedDocument | undefined,
): boolean {
  if (doc?.access === 'free') return true
  return readsAllPremium(user) || isAuthorOf(user, doc)
}

/** Whether the caller may create documents in the collection (its create access). */
export type MayCreate = (req: PayloadRequest) => boolean | Promise<boolean>

const isDocumentId = (id: unknown): id is number | string =>
  (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) ||
  (typeof id === 'string' && /^[1-9]\d{0,14}$/.test(id))

async function storedTier(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { access: true, author: true },
  })
  return (doc as GatedDocument | null) ?? null
}

/**
 * Field-level read access of a gated field (`content`, `questions.solution`) in `collection`.
 * - Reading a stored document (every read path; Payload passes the sibling data, and the tier and
 *   author are always selected): entitled readers only. A value the afterRead hook already
 *   withheld (`null`) passes, so locked readers see `null`.
 * - Permissions of a new document (the admin's create form and its form state; no id): the body
 *   belongs to whoever may create it, so they can write it. Queries never rely on this: `where`/`sort` on gated
 *   fields are refused for everyone by hooks/refuseGatedQueries.
 * - Permissions of a stored document (the admin's edit form and its refresh through
 *   `/api/{collection}/access/{id}`, which posts the form's data): the stored document decides,
 *   never data a client sent.
 */
export const readGatedField =
  (name: string, collection: CollectionSlug, mayCreate: MayCreate): FieldAccess =>
  async ({ req, id, doc, siblingData }) => {
    const user = principalOf(req)
    if (readsAllPremium(user)) return true
    // The admin's form state passes sibling data without a document: that is a permission
    // check (below), not a read.
    if (siblingData !== undefined && doc !== undefined) {
      if ((siblingData as Record<string, unknown>)[name] === null) return true
      return canReadFullBody(user, doc as GatedDocument)
    }
    const subject = id ?? (doc as { id?: unknown } | undefined)?.id ?? req.routeParams?.id
    if (subject === undefined) return Boolean(await mayCreate(req))
    if (!isDocumentId(subject)) return false
    return canReadFullBody(user, (await storedTier(req, collection, subject)) ?? undefined)
  }
