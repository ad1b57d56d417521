import type { RequestContext } from 'payload'

import type { Engagement } from './aggregates'
import { itemKeyOf, type ItemRef } from './items'

const contextKey = (item: ItemRef) => `casebook.engagement:${itemKeyOf(item)}`

/** Keeps the counters read (under lock) before an edit, for the hook that restores them after. */
export function rememberEngagement(
  context: RequestContext,
  item: ItemRef,
  engagement: Engagement,
): void {
  context[contextKey(item)] = engagement
}

/** The counters remembered before the edit, if any, and forgets them. */
export function takeEngagement(context: RequestContext, item: ItemRef): Engagement | null {
  const key = contextKey(item)
  const engagement = context[key] as Engagement | undefined
  delete context[key]
  return engagement ?? null
}

/** The counters as document fields (`views`, `likes` and, where rated, `rating`). */
export function engagementFields(engagement: Engagement): Record<string, unknown> {
  return {
    views: engagement.views,
    likes: engagement.likes,
    ...(engagement.rating ? { rating: { ...engagement.rating } } : {}),
  }
}

/** `doc` with its counters replaced by `engagement`, for the fields it carries (`select`). */
export function withEngagementFields<Doc extends Record<string, unknown>>(
  doc: Doc,
  engagement: Engagement,
): Doc {
  const fields = Object.entries(engagementFields(engagement)).filter(([name]) => name in doc)
  return fields.length === 0 ? doc : { ...doc, ...Object.fromEntries(fields) }
}
