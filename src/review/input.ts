import { APIError } from 'payload'

import { isReviewAction, reviewActions, type ReviewAction } from '../workflow'

/** A review request after validation. */
export interface ReviewInput {
  action: ReviewAction
  note: string | null
  /** When `publish` should happen; absent means now. */
  publishAt: Date | null
}

const maxNoteLength = 4000
const isoDate = /^\d{4}-\d{2}-\d{2}/

const badRequest = (message: string) => new APIError(message, 400)

function parseNote(note: unknown): string | null {
  if (note === undefined || note === null) return null
  if (typeof note !== 'string') throw badRequest('"note" must be a string.')
  if (note.length > maxNoteLength) {
    throw badRequest(`"note" must be at most ${maxNoteLength} characters.`)
  }
  return note.trim() || null
}

function parsePublishAt(value: unknown, action: ReviewAction): Date | null {
  if (value === undefined || value === null || value === '') return null
  if (action !== 'publish') throw badRequest('"publishAt" only applies to "publish".')
  const date = typeof value === 'string' && isoDate.test(value) ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) {
    throw badRequest('"publishAt" must be an ISO 8601 date-time.')
  }
  return date
}

/** Validates an untrusted review request body; bad input is a 400, never a 500. */
export function parseReviewInput(body: unknown): ReviewInput {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest(
      'Send a JSON object: { "action": "...", "note"?: "...", "publishAt"?: "..." }.',
    )
  }
  const { action, note, publishAt } = body as Record<string, unknown>
  if (!isReviewAction(action)) {
    throw badRequest(`"action" must be one of: ${reviewActions.join(', ')}.`)
  }
  return { action, note: parseNote(note), publishAt: parsePublishAt(publishAt, action) }
}
