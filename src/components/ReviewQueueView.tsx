import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { readReviewQueue } from '../admin/editorialData'
import { ReviewQueueTable } from './ReviewQueueTable'

/**
 * `/admin/review-queue`: every document waiting for a decision (its latest version is in
 * review), oldest submission first, across the reviewed collections. Authors see only their own.
 */
export async function ReviewQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  if (!user) redirect(`${payload.config.routes.admin}/login`)
  const entries = await readReviewQueue(req, 100)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '24px 0' }}>Review queue</h1>
        <ReviewQueueTable entries={entries} now={new Date()} payload={payload} />
      </Gutter>
    </DefaultTemplate>
  )
}
