import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { contentCollections } from '../content/registry'

/**
 * `/admin/review-queue`: every document waiting for a decision (its latest version is in
 * review), oldest first, across the reviewed collections. Authors see only their own.
 */
export async function ReviewQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login`)
  const sections = await Promise.all(
    contentCollections.map(async (slug) => {
      const { docs } = await payload.find({
        collection: slug,
        where: { reviewStatus: { equals: 'in-review' } },
        draft: true,
        sort: 'updatedAt',
        limit: 100,
        depth: 0,
        select: { title: true, updatedAt: true },
        req,
        overrideAccess: false,
      })
      const { plural } = payload.collections[slug].config.labels
      return { slug, label: typeof plural === 'string' ? plural : slug, docs }
    }),
  )
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
        <h1>Review queue</h1>
        {sections.every((section) => section.docs.length === 0) && <p>Nothing is waiting.</p>}
        {sections
          .filter((section) => section.docs.length > 0)
          .map((section) => (
            <section key={section.slug}>
              <h2>
                {section.label} ({section.docs.length})
              </h2>
              <ul>
                {section.docs.map((doc) => (
                  <li key={doc.id}>
                    <a href={`${adminRoute}/collections/${section.slug}/${doc.id}`}>
                      {doc.title || `#${doc.id}`}
                    </a>{' '}
                    <small>last edited {new Date(String(doc.updatedAt)).toLocaleString()}</small>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </Gutter>
    </DefaultTemplate>
  )
}
