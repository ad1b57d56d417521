import { APIError, type FlattenedField, type PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/registry'
import type { ReviewAction } from '../workflow'

/** Actions that move a document towards readers: it must be complete, as if it went live now. */
const goingLive: readonly ReviewAction[] = ['submit', 'publish']

type Data = Record<string, unknown>

/** Whether a Lexical value has any text, image or other leaf (a blank paragraph does not count). */
function hasRichText(value: unknown): boolean {
  const root = (value as { root?: { children?: unknown[] } } | null | undefined)?.root
  const visit = (nodes: unknown[] | undefined): boolean =>
    (nodes ?? []).some((node) => {
      const { type, text, children } = node as {
        type?: string
        text?: string
        children?: unknown[]
      }
      if (typeof text === 'string') return text.trim() !== ''
      if (Array.isArray(children)) return visit(children)
      return type !== 'linebreak' && type !== 'paragraph'
    })
  return visit(root?.children)
}

function isEmpty(field: FlattenedField, value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (field.type === 'richText') return !hasRichText(value)
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}

/**
 * Required fields, and fields optional in a draft but needed by readers (`custom.requiredToGoLive`,
 * e.g. the summary every card shows).
 */
const isRequiredToGoLive = (field: FlattenedField): boolean =>
  ('required' in field && field.required === true) || field.custom?.requiredToGoLive === true

/** Paths of required fields that are empty in `data` (array rows as `questions.2.solution`). */
export function missingRequiredFields(
  fields: readonly FlattenedField[],
  data: Data,
  prefix = '',
): string[] {
  const missing: string[] = []
  for (const field of fields) {
    if ('virtual' in field && field.virtual) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (isRequiredToGoLive(field) && isEmpty(field, value)) {
      missing.push(path)
      continue
    }
    if (field.type === 'array' && Array.isArray(value)) {
      if (field.minRows && value.length < field.minRows) missing.push(path)
      value.forEach((row, index) => {
        missing.push(
          ...missingRequiredFields(field.flattenedFields, row as Data, `${path}.${index}.`),
        )
      })
    } else if (field.type === 'group' && value && typeof value === 'object') {
      missing.push(...missingRequiredFields(field.flattenedFields, value as Data, `${path}.`))
    }
  }
  return missing
}

/**
 * Before `submit` and `publish`, checks the latest version (what readers would get) the way
 * publishing validates it: every required field present, a body with text, a bundle's questions.
 * Drafts may be saved incomplete; a document going towards readers may not. Answers 400 naming
 * the missing fields.
 */
export async function assertCompleteForAction(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  action: ReviewAction,
): Promise<void> {
  if (!goingLive.includes(action)) return
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const fields = req.payload.collections[collection].config.flattenedFields
  const missing = missingRequiredFields(fields, doc as unknown as Data)
  if (missing.length === 0) return
  throw new APIError(
    `Cannot ${action} this document: required fields are missing or empty: ${missing.join(', ')}.`,
    400,
    { missing },
  )
}
