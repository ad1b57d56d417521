import { isReviewState, reviewStateLabels, type ReviewState } from '../workflow'

/**
 * Background and text colour per state: dark text on a light tint, readable on Payload's light
 * and dark themes (its own "success" colour is blue, too close to "in review").
 */
const colours: Record<ReviewState, { background: string; color: string }> = {
  draft: { background: '#e5e7eb', color: '#374151' },
  'in-review': { background: '#dbeafe', color: '#1e40af' },
  'changes-requested': { background: '#fde68a', color: '#78350f' },
  approved: { background: '#ccfbf1', color: '#115e59' },
  rejected: { background: '#fee2e2', color: '#991b1b' },
  published: { background: '#dcfce7', color: '#166534' },
}

/**
 * A review state as a coloured badge. `data-testid="review-status-badge"` and `data-status`
 * (the state's value) are stable for browser tests.
 */
export function ReviewStatusBadge({ status }: { status: unknown }) {
  if (!isReviewState(status)) return <span>—</span>
  return (
    <span
      className={`review-status-badge review-status-badge--${status}`}
      data-status={status}
      data-testid="review-status-badge"
      style={{
        ...colours[status],
        borderRadius: 'var(--style-radius-s, 3px)',
        display: 'inline-block',
        fontSize: '12px',
        fontWeight: 600,
        lineHeight: '18px',
        padding: '0 8px',
        whiteSpace: 'nowrap',
      }}
    >
      {reviewStateLabels[status]}
    </span>
  )
}
