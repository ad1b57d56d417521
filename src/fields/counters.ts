import type { Field } from 'payload'

// Counters and aggregates are written only by SQL (atomic increments, recomputes); no API caller
// may set them, and the admin shows them read-only.
const readOnly = { create: () => false, update: () => false }

const counter = (name: string, description: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  min: 0,
  index: true,
  access: readOnly,
  admin: { readOnly: true, position: 'sidebar', description },
})

/** `views` and `likes`, maintained atomically in SQL. */
export function engagementFields(): Field[] {
  return [
    counter('views', 'Counted by POST /view; read-only.'),
    counter('likes', 'Equals the number of likes; read-only.'),
  ]
}

/** `rating { count, sum, average }`, always equal to the item's rows in `ratings`. */
export function ratingField(): Field {
  return {
    name: 'rating',
    type: 'group',
    access: readOnly,
    admin: { readOnly: true, position: 'sidebar' },
    fields: [
      { name: 'count', type: 'number', defaultValue: 0, min: 0, access: readOnly },
      { name: 'sum', type: 'number', defaultValue: 0, min: 0, access: readOnly },
      { name: 'average', type: 'number', defaultValue: 0, min: 0, index: true, access: readOnly },
    ],
  }
}
