import type { Field } from 'payload'

import { serverOwned } from './serverOwned'

// Counters and aggregates are written only by SQL (atomic increments, recomputes): they are
// server-owned, so no client value is ever stored, and the admin shows them read-only.
const counter = (name: string, description: string): Field =>
  serverOwned(
    {
      name,
      type: 'number',
      defaultValue: 0,
      min: 0,
      index: true,
      admin: { position: 'sidebar', description },
    },
    { initial: () => 0 },
  )

/** `views` and `likes`, maintained atomically in SQL. */
export function engagementFields(): Field[] {
  return [
    counter('views', 'Counted by POST /view; read-only.'),
    counter('likes', 'Equals the number of likes; read-only.'),
  ]
}

/** `rating { count, sum, average }`, always equal to the item's rows in `ratings`. */
export function ratingField(): Field {
  return serverOwned(
    {
      name: 'rating',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'count', type: 'number', defaultValue: 0, min: 0 },
        { name: 'sum', type: 'number', defaultValue: 0, min: 0 },
        { name: 'average', type: 'number', defaultValue: 0, min: 0, index: true },
      ],
    },
    { initial: () => ({ count: 0, sum: 0, average: 0 }) },
  )
}
