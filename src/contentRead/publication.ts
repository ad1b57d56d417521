import { isoTimestamp as iso } from '../db/isoTimestamp'

/**
 * What every content collection read directly (lessons by slug, the card list of articles) shares:
 * the publication fields after its tags, as columns, as Payload's fields and as Payload answers
 * them.
 */

/** A content row's publication columns (numeric columns arrive as text, timestamps as ISO text). */
export interface PublicationColumns {
  published_at: string | null
  access: string | null
  teaser: unknown
  review_status: string | null
  publish_at: string | null
  views: string | null
  likes: string | null
  updated_at: string
  created_at: string
  _status: string | null
}

/** SQL for the publication columns of the content row aliased `alias`. */
export const publicationColumnsSQL = (alias: string): string =>
  `${iso(`${alias}.published_at`)} AS published_at, ${alias}.access, ${alias}.teaser,
    ${alias}.review_status, ${iso(`${alias}.publish_at`)} AS publish_at, ${alias}.views,
    ${alias}.likes, ${iso(`${alias}.updated_at`)} AS updated_at,
    ${iso(`${alias}.created_at`)} AS created_at, ${alias}._status`

/** A numeric column (text from the driver) as Payload answers it. */
export const numeric = (value: string | number | null): number | null =>
  value === null ? null : Number(value)

/** `publishedAt` to `likes` as Payload answers them, in its order. */
export const publicationFields = (row: PublicationColumns) => ({
  publishedAt: row.published_at,
  access: row.access,
  teaser: row.teaser,
  reviewStatus: row.review_status,
  publishAt: row.publish_at,
  views: numeric(row.views),
  likes: numeric(row.likes),
})

/** The fields from `publishedAt` to `likes`, as `name:type` in Payload's order. */
export const publicationFieldTypes = [
  'publishedAt:date',
  'access:select',
  'teaser:json',
  'locked:checkbox',
  'reviewStatus:select',
  'publishAt:date',
  'reviewHistory:join',
  'views:number',
  'likes:number',
]

/** The fields every collection ends with, as `name:type`. */
export const closingFieldTypes = ['updatedAt:date', 'createdAt:date', '_status:select']
