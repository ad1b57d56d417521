import { APIError } from 'payload'

import { tagPageSections, type TagPageQuery, type TagPageSectionName } from './types'

export const defaultTagPageLimit = 20
export const maxTagPageLimit = 100
const maxPage = 1_000_000

type Raw = string | number | null | undefined

const badRequest = (message: string): never => {
  throw new APIError(message, 400)
}

const isSection = (value: string): value is TagPageSectionName =>
  (tagPageSections as readonly string[]).includes(value)

function integer(name: string, raw: Raw, min: number, max: number, fallback: number): number {
  if (raw === null || raw === undefined || raw === '') return fallback
  const text = String(raw).trim()
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN
  if (!(value >= min && value <= max)) {
    badRequest(`${name} must be an integer from ${min} to ${max}, got "${String(raw)}"`)
  }
  return value
}

/**
 * Checks the parameters of a tag page request (REST query string or GraphQL arguments): `limit`
 * 1–100 (default 20); `page` only together with `section`, which must name a section.
 */
export function parseTagPageQuery(raw: {
  slug: Raw
  limit?: Raw
  section?: Raw
  page?: Raw
}): TagPageQuery {
  const slug = typeof raw.slug === 'string' ? raw.slug.trim() : ''
  if (!slug) badRequest('slug is required')
  const limit = integer('limit', raw.limit, 1, maxTagPageLimit, defaultTagPageLimit)
  const sectionText = raw.section === null || raw.section === undefined ? '' : String(raw.section)
  if (sectionText && !isSection(sectionText)) {
    badRequest(`section must be one of ${tagPageSections.join(', ')}, got "${sectionText}"`)
  }
  const section = sectionText ? (sectionText as TagPageSectionName) : undefined
  const hasPage = raw.page !== null && raw.page !== undefined && raw.page !== ''
  if (hasPage && !section) badRequest('page pages one section: give section as well')
  const page = integer('page', raw.page, 1, maxPage, 1)
  return { slug, limit, section, page }
}
