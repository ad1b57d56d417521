import type { CollectionBeforeChangeHook } from 'payload'

import { teaserOf } from '../src/content/teaser'

/**
 * Stores `teaser`, the opening of the body shown to readers who are not entitled to all of it.
 * Saves that do not touch `content` keep the stored teaser.
 */
export const deriveTeaser: CollectionBeforeChangeHook = ({ data }) => {
  if (!('content' in data)) return data
  return { ...data, teaser: teaserOf(data.content) }
}
