'use client'
import { Link, useConfig } from '@payloadcms/ui'

/** Nav link to the review queue. */
export function ReviewQueueLink() {
  const { config } = useConfig()
  return (
    <Link className="nav__link" href={`${config.routes.admin}/review-queue`} prefetch={false}>
      <span className="nav__link-label">Review queue</span>
    </Link>
  )
}
