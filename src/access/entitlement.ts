import type { FieldAccess } from 'payload'

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

const subscriber = (user: unknown): Subscriber | null => (user as Subscriber | null) ?? null

/** A premium subscription that has not expired: `premiumUntil` empty or later than `now`. */
export function hasActivePremium(user: Subscriber | null | undefined, now: Date): boolean {
  const subscription = user?.subscription
  if (subscription?.tier !== 'premium') return false
  const until = subscription.premiumUntil
  if (until === null || until === undefined || until === '') return true
  const end = Date.parse(until)
  return Number.isFinite(end) && end > now.getTime()
}

/** Editors, admins and active premium subscribers read every premium body. */
export function readsAllPremium(user: Subscriber | null | undefined, now: Date): boolean {
  return isStaffUser(user) || hasActivePremium(user, now)
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
  user: Subscriber | null | undefined,
  doc: GatedDocument | undefined,
  now: Date,
): boolean {
  if (doc?.access === 'free') return true
  return readsAllPremium(user, now) || isAuthorOf(user, doc)
}

/**
 * Field-level read access of a gated field (`content`, `questions.solution`). Query validation
 * (`where`, `sort`) asks without a document: only callers who read every premium body may filter
 * or sort on it. With a document, a value the afterRead hook already withheld (`null`) passes, so
 * locked readers see `null`; a value still present is stripped unless the caller is entitled.
 */
export const readGatedField =
  (name: string): FieldAccess =>
  ({ req, doc, siblingData }) => {
    const user = subscriber(req.user)
    const now = new Date()
    if (!doc) return readsAllPremium(user, now)
    if ((siblingData as Record<string, unknown> | undefined)?.[name] === null) return true
    return canReadFullBody(user, doc as GatedDocument, now)
  }
