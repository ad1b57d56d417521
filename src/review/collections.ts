import { contentCollections, type ContentCollection } from '../fields/content'

/** Collections that go through the review workflow. */
export const reviewCollections: readonly ContentCollection[] = contentCollections

/** Collections written by community authors, whose owner is the document's `author`. */
const authoredCollections: readonly ContentCollection[] = ['community-articles', 'question-bundles']

export function isReviewCollection(slug: string): slug is ContentCollection {
  return (reviewCollections as readonly string[]).includes(slug)
}

/** Whether ownership comes from `author` (community) rather than the editor role (editorial). */
export function isAuthored(slug: string): boolean {
  return (authoredCollections as readonly string[]).includes(slug)
}
