import type { DefaultCellComponentProps } from 'payload'

import { ReviewStatusBadge } from './ReviewStatusBadge'

/** List-view cell of `reviewStatus`: the state as a coloured badge. */
export function ReviewStatusCell({ cellData }: DefaultCellComponentProps) {
  return <ReviewStatusBadge status={cellData} />
}
