import type { ContentCollection } from '../content/registry'

/** What happened to published content, as frontends and caches see it. */
export const changeTypes = ['published', 'unpublished', 'published-updated', 'deleted'] as const
export type ChangeType = (typeof changeTypes)[number]

/** The document a change is about, as little of it as a receiver needs to find its pages. */
export interface ChangedDocument {
  id: number
  slug: string | null
  title: string | null
  /** Slugs of its tags (tag pages show it). */
  tags: string[]
}

/** One committed change of published content. */
export interface ChangeEvent {
  /** Unique per event: receivers deduplicate on it (retries carry the same id). */
  id: string
  type: ChangeType
  /** ISO time the change was recorded, inside the transaction that made it. */
  occurredAt: string
  collection: ContentCollection
  doc: ChangedDocument
}

/**
 * Told about every change once its transaction has committed: the events of published content,
 * and the slugs of every collection or global written (drafts, tags, accounts, media included), for
 * whatever holds copies of their documents. Errors are logged, not raised.
 */
export type ChangeSubscriber = (
  events: readonly ChangeEvent[],
  touched: ReadonlySet<string>,
) => Promise<void> | void
