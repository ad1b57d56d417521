import type { Payload } from 'payload'

import type { StatusCounts } from '../admin/editorialData'
import type { ContentCollection } from '../content/registry'
import { reviewStates } from '../workflow'
import { ReviewStatusBadge } from './ReviewStatusBadge'

const cell = { padding: '6px 12px 6px 0', textAlign: 'left' as const }

/**
 * Documents per content collection and review state; each count links to the collection's list
 * filtered by that state (`data-testid="status-count-link"`, `data-collection`, `data-status`).
 */
export function StatusCountsTable({
  collections,
  counts,
  payload,
}: {
  collections: readonly ContentCollection[]
  counts: StatusCounts
  payload: Payload
}) {
  const adminRoute = payload.config.routes.admin
  const listURL = (collection: string, state: string) =>
    `${adminRoute}/collections/${collection}?where[reviewStatus][equals]=${state}`
  return (
    <table data-testid="status-counts-table" style={{ borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={cell} />
          {reviewStates.map((state) => (
            <th key={state} style={cell}>
              <ReviewStatusBadge status={state} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {collections.map((collection) => {
          const { plural } = payload.collections[collection].config.labels
          return (
            <tr key={collection} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
              <th scope="row" style={cell}>
                <a href={`${adminRoute}/collections/${collection}`}>
                  {typeof plural === 'string' ? plural : collection}
                </a>
              </th>
              {reviewStates.map((state) => (
                <td key={state} style={cell}>
                  <a
                    data-collection={collection}
                    data-status={state}
                    data-testid="status-count-link"
                    href={listURL(collection, state)}
                  >
                    {counts.byCollection[collection][state]}
                  </a>
                </td>
              ))}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
