import type { CardRow } from './query'
import type { Card } from './types'

const isoDate = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString()

/** A card from its query row. Keys marked optional in `Card` appear only where they apply. */
export function toCard(row: CardRow & { collection: Card['collection']; id: number }): Card {
  const ratingCount = row.rating_count ?? 0
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
    rating: ratingCount > 0 ? { average: row.rating_average ?? 0, count: ratingCount } : null,
    publishedAt: isoDate(row.published_at),
    author: row.author_handle
      ? { handle: row.author_handle, name: row.author_name ?? row.author_handle }
      : null,
  }
}
