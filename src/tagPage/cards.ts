import { isRateable } from '../content/registry'
import type { CardRow } from './query'
import type { Card } from './types'

/** A card from its query row. Keys marked optional in `Card` appear only where they apply. */
export function toCard(row: CardRow & { collection: Card['collection']; id: number }): Card {
  return {
    id: row.id,
    collection: row.collection,
    kind: row.kind as Card['kind'],
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    tags: row.tag_slugs,
    ...(row.collection === 'lessons'
      ? { level: row.level ?? undefined, difficulty: row.difficulty ?? undefined }
      : {}),
    access: row.access as Card['access'],
    ...(row.collection === 'question-bundles' ? { language: row.language ?? undefined } : {}),
    views: row.views ?? 0,
    likes: row.likes ?? 0,
    // As over REST and GraphQL: an unrated item has a zero rating; only unrateable ones have none.
    rating: isRateable(row.collection)
      ? { average: row.rating_average ?? 0, count: row.rating_count ?? 0 }
      : null,
    publishedAt: row.published_at,
    author: row.author_handle
      ? { handle: row.author_handle, name: row.author_name ?? row.author_handle }
      : null,
  }
}
