import { APIError } from 'payload'

import { rateableCollections, type RateableCollection } from '../content/registry'
import { isRateable } from '../content/registry'

/** A rating request after validation. */
export interface RatingInput {
  item: { collection: RateableCollection; id: number }
  score: number
  comment: string | null
}

/** Longest rating comment, as the `comment` field allows. */
export const maxCommentLength = 2000

const badRequest = (message: string) => new APIError(message, 400)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function parseItemId(value: unknown): number {
  const id =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,15}$/.test(value)
        ? Number(value)
        : NaN
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw badRequest('"item.value" must be the id of a document.')
  }
  return id
}

function parseItem(item: unknown): RatingInput['item'] {
  if (!isRecord(item)) {
    throw badRequest('"item" must be { relationTo, value }: the document being rated.')
  }
  const { relationTo } = item
  if (typeof relationTo !== 'string' || !isRateable(relationTo)) {
    throw badRequest(`"item.relationTo" must be one of: ${rateableCollections.join(', ')}.`)
  }
  return { collection: relationTo, id: parseItemId(item.value) }
}

/** A whole number from 1 to 5, given as a JSON number ("5" and 4.5 are refused). */
function parseScore(score: unknown): number {
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
    throw badRequest('"score" must be an integer from 1 to 5.')
  }
  return score
}

function parseComment(comment: unknown): string | null {
  if (comment === undefined || comment === null) return null
  if (typeof comment !== 'string') throw badRequest('"comment" must be a string.')
  if (comment.length > maxCommentLength) {
    throw badRequest(`"comment" must be at most ${maxCommentLength} characters.`)
  }
  return comment.trim() || null
}

/** Validates an untrusted `POST /api/ratings` body; bad input is a 400, never a 500. */
export function parseRatingInput(body: unknown): RatingInput {
  if (!isRecord(body)) {
    throw badRequest('The body must be a JSON object: { item: { relationTo, value }, score }.')
  }
  return {
    item: parseItem(body.item),
    score: parseScore(body.score),
    comment: parseComment(body.comment),
  }
}
