import type { UIFieldServerProps } from 'payload'

import { readDocumentHistory } from '../admin/editorialData'
import { isContentCollection } from '../content/registry'
import { reviewStateLabels } from '../workflow'
import { ReviewStatusBadge } from './ReviewStatusBadge'

const actionLabels: Record<string, string> = {
  submit: 'submitted',
  withdraw: 'withdrew',
  'request-changes': 'requested changes',
  approve: 'approved',
  reject: 'rejected',
  publish: 'published',
  unpublish: 'unpublished',
  reopen: 'reopened',
}

/**
 * The edit view's review history: every workflow event of the document, newest first, with who
 * acted, the move between states and the editor's note. Read as the signed-in user, so it shows
 * exactly the events they may read.
 */
export async function ReviewHistoryPanel({ id, collectionSlug, req }: UIFieldServerProps) {
  if (!id || !collectionSlug || !isContentCollection(collectionSlug)) return null
  const events = await readDocumentHistory(req, collectionSlug, Number(id))
  return (
    <section
      className="review-history"
      data-testid="review-history"
      style={{ margin: '32px 0 var(--spacing-field, 24px)' }}
    >
      <h3 style={{ marginBottom: 8 }}>Review history</h3>
      {events.length === 0 && <p>No review activity yet.</p>}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {events.map((event) => (
          <li
            data-action={event.action}
            data-testid="review-history-event"
            key={event.id}
            style={{ borderTop: '1px solid var(--theme-elevation-100)', padding: '8px 0' }}
          >
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
              <strong>{event.by ?? 'Someone'}</strong>
              <span>{actionLabels[event.action] ?? event.action}</span>
              <ReviewStatusBadge status={event.to} />
              <small
                style={{ color: 'var(--theme-elevation-500)' }}
                title={`from ${reviewStateLabels[event.from]}`}
              >
                {new Date(event.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC
              </small>
            </div>
            {event.note && (
              <blockquote
                data-testid="review-history-note"
                style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}
              >
                {event.note}
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
