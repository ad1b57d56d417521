import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import {
  countByReviewStatus,
  formatAge,
  readRecentActivity,
  readReviewQueue,
} from '../admin/editorialData'
import { principalOf } from '../access/principal'
import { isStaffUser } from '../access/roles'
import { contentCollections, isAuthored } from '../content/registry'
import { reviewStates, reviewStateLabels } from '../workflow'
import { ReviewQueueTable } from './ReviewQueueTable'
import { StatusCountsTable } from './StatusCountsTable'
import { ReviewStatusBadge } from './ReviewStatusBadge'

/**
 * The admin's home: the review queue (in review, oldest first, with author and age), how many
 * documents are in each review state, and recent workflow activity. Everything is read as the
 * signed-in user (`overrideAccess: false`): an author sees their own documents only.
 */
export async function EditorialDashboard({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  const staff = isStaffUser(principalOf(req))
  const [queue, counts, activity] = await Promise.all([
    readReviewQueue(req, 20),
    countByReviewStatus(req),
    readRecentActivity(req, 10),
  ])
  const now = new Date()
  const docURL = (collection: string, id: number) => `${adminRoute}/collections/${collection}/${id}`

  return (
    <Gutter className="editorial-dashboard">
      <h1 style={{ margin: '24px 0' }}>{staff ? 'Editorial dashboard' : 'My submissions'}</h1>

      <section data-testid="dashboard-status-counts" style={{ marginBottom: 32 }}>
        <h2>By review status</h2>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', padding: 0 }}>
          {reviewStates.map((state) => (
            <li data-status={state} data-testid="status-count" key={state}>
              <ReviewStatusBadge status={state} />{' '}
              <strong aria-label={`${reviewStateLabels[state]} count`}>
                {counts.total[state]}
              </strong>
            </li>
          ))}
        </ul>
        <StatusCountsTable
          collections={contentCollections.filter((slug) => staff || isAuthored(slug))}
          counts={counts}
          payload={payload}
        />
      </section>

      <section data-testid="dashboard-review-queue" style={{ marginBottom: 32 }}>
        <h2>
          {staff ? 'Review queue' : 'Waiting for review'} (
          <span data-testid="review-queue-count">{queue.length}</span>)
        </h2>
        <ReviewQueueTable entries={queue} now={now} payload={payload} />
      </section>

      <section data-testid="dashboard-recent-activity" style={{ marginBottom: 32 }}>
        <h2>Recent activity</h2>
        {activity.length === 0 ? (
          <p>No review activity yet.</p>
        ) : (
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {activity.map((event) => (
              <li data-testid="activity-row" key={event.id} style={{ marginBottom: 8 }}>
                <strong>{event.by ?? 'Someone'}</strong> {event.action.replace('-', ' ')}{' '}
                <a href={docURL(event.collection, event.itemId)}>{event.title}</a>{' '}
                <ReviewStatusBadge status={event.to} />{' '}
                <small title={event.at}>{formatAge(event.at, now)} ago</small>
                {event.note && <div style={{ whiteSpace: 'pre-wrap' }}>“{event.note}”</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Gutter>
  )
}
