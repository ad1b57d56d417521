import type { Payload } from 'payload'

import { formatAge, type QueueEntry } from '../admin/editorialData'

const cell = { padding: '6px 12px 6px 0', textAlign: 'left' as const, verticalAlign: 'top' }

/**
 * The review queue as a table: title (a link to the edit view), type, author and how long it has
 * waited. Rows carry `data-testid="review-queue-row"`, `data-collection` and `data-id`.
 */
export function ReviewQueueTable({
  entries,
  payload,
  now,
}: {
  entries: QueueEntry[]
  payload: Payload
  now: Date
}) {
  const adminRoute = payload.config.routes.admin
  if (entries.length === 0) return <p>Nothing is waiting for review.</p>
  const labelOf = (slug: QueueEntry['collection']) => {
    const { singular } = payload.collections[slug].config.labels
    return typeof singular === 'string' ? singular : slug
  }
  return (
    <table data-testid="review-queue" style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cell}>Title</th>
          <th style={cell}>Type</th>
          <th style={cell}>Author</th>
          <th style={cell}>Waiting</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr
            data-collection={entry.collection}
            data-id={entry.id}
            data-testid="review-queue-row"
            key={`${entry.collection}:${entry.id}`}
            style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
          >
            <td style={cell}>
              <a href={`${adminRoute}/collections/${entry.collection}/${entry.id}`}>
                {entry.title}
              </a>
            </td>
            <td style={cell}>{labelOf(entry.collection)}</td>
            <td style={cell}>{entry.author ?? '—'}</td>
            <td style={cell} title={entry.submittedAt}>
              {formatAge(entry.submittedAt, now)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
