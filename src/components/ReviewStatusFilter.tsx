'use client'
import { useListQuery } from '@payloadcms/ui'
import type { Where } from 'payload'

import { reviewStates } from '../workflow'
import { ReviewStatusBadge } from './ReviewStatusBadge'

const selectedState = (where: Where | undefined): string | null => {
  const condition = (where as { reviewStatus?: { equals?: unknown } } | undefined)?.reviewStatus
  return typeof condition?.equals === 'string' ? condition.equals : null
}

/**
 * Above a content list: one button per review state that filters the list to it, and "All".
 * Buttons are `data-testid="review-filter"` with `data-status`; the pressed one has
 * `aria-pressed="true"`. The filter is an ordinary `where` on `reviewStatus`.
 */
export function ReviewStatusFilter() {
  const { query, refineListData } = useListQuery()
  const current = selectedState(query.where)
  const choose = (state: string | null) =>
    void refineListData({
      page: 1,
      where: state ? { reviewStatus: { equals: state } } : {},
    })
  return (
    <div
      aria-label="Filter by review status"
      data-testid="review-status-filter"
      role="group"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 16px' }}
    >
      <button
        aria-pressed={current === null}
        data-status="all"
        data-testid="review-filter"
        onClick={() => choose(null)}
        style={buttonStyle(current === null)}
        type="button"
      >
        All
      </button>
      {reviewStates.map((state) => (
        <button
          aria-pressed={current === state}
          data-status={state}
          data-testid="review-filter"
          key={state}
          onClick={() => choose(state)}
          style={buttonStyle(current === state)}
          type="button"
        >
          <ReviewStatusBadge status={state} />
        </button>
      ))}
    </div>
  )
}

const buttonStyle = (pressed: boolean) => ({
  background: 'none',
  border: `2px solid ${pressed ? 'var(--theme-elevation-800)' : 'transparent'}`,
  borderRadius: 'var(--style-radius-s, 3px)',
  cursor: 'pointer',
  padding: 2,
})
