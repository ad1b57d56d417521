import { APIError, type PayloadRequest } from 'payload'

import { tagCountKeys } from '../content/registry'
import { countColumns, type TagCounts } from '../tagCounts/recompute'
import { toCard } from './cards'
import { selectTagPage } from './query'
import {
  tagPageSections,
  type Card,
  type TagPage,
  type TagPageQuery,
  type TagPageSection,
  type TagPageSectionName,
} from './types'

export { parseTagPageQuery } from './params'
export type { Card, TagPage, TagPageQuery, TagPageSectionName } from './types'

/** SQL statements one tag page costs, whatever the number of documents on it. */
export const tagPageStatements = 1

/**
 * Everything a tag page shows, for anyone: the tag, its counts, and a page of published documents
 * per section (or of the one section asked for). Unknown slug: 404.
 */
export async function loadTagPage(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  query: TagPageQuery,
): Promise<TagPage> {
  const rows = await selectTagPage(req, query)
  const tag = rows[0]
  if (!tag) throw new APIError(`No tag with slug "${query.slug}".`, 404)

  const wanted: readonly TagPageSectionName[] = query.section ? [query.section] : tagPageSections
  const sections: Partial<Record<TagPageSectionName, TagPageSection>> = {}
  for (const name of wanted) sections[name] = { totalDocs: 0, docs: [] }
  for (const row of rows) {
    const section = sections[row.section as TagPageSectionName]
    if (!section) continue
    section.totalDocs = row.total ?? 0
    if (row.id !== null && row.collection !== null) {
      section.docs.push(
        toCard({ ...row, id: row.id, collection: row.collection as Card['collection'] }),
      )
    }
  }

  const counts = Object.fromEntries(
    tagCountKeys.map((key) => [key, Number(tag[countColumns[key] as keyof typeof tag])]),
  ) as TagCounts
  return {
    tag: { name: tag.tag_name, slug: tag.tag_slug, description: tag.tag_description },
    counts,
    sections,
  }
}
