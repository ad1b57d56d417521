'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/**
 * The "Review" group of the nav, built like Payload's own collection groups, with the review
 * queue (`#nav-review-queue`).
 */
export function ReviewQueueLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}/review-queue`
  const active = pathname === href
  return (
    <NavGroup label="Review">
      <Link className="nav__link" href={href} id="nav-review-queue" prefetch={false}>
        {active && <div className="nav__link-indicator" />}
        <span className="nav__link-label">Review queue</span>
      </Link>
    </NavGroup>
  )
}
