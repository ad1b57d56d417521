'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { ReviewStatusBadge } from './ReviewStatusBadge'

/**
 * Replaces Payload's document status (which offers "Revert to published", a write outside the
 * workflow) with the review state as a badge, and whether readers see a live version.
 */
export function ReviewStatusPill() {
  const { hasPublishedDoc } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.reviewStatus?.value)
  return (
    <div
      className="status"
      data-testid="document-review-status"
      style={{ display: 'flex', alignItems: 'center', gap: 6 }}
    >
      <ReviewStatusBadge status={status} />
      {hasPublishedDoc && status !== 'published' && <small>(a version is live)</small>}
    </div>
  )
}
