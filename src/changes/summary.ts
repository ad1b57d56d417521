import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/registry'
import type { ChangeEvent, ChangeType } from './types'

interface ContentLike {
  id: number | string
  slug?: unknown
  title?: unknown
  tags?: unknown
}

const idOf = (value: unknown): number | null => {
  const raw = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value
  const id = Number(raw)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

/** Slugs of the document's tags (ids or populated tags), read in the request's transaction. */
async function tagSlugs(req: PayloadRequest, tags: unknown): Promise<string[]> {
  const ids = (Array.isArray(tags) ? tags : []).map(idOf).filter((id) => id !== null)
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection: 'tags',
    where: { id: { in: ids } },
    select: { slug: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.map((tag) => String((tag as { slug?: unknown }).slug ?? '')).filter(Boolean)
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** A change event for `doc`, with a fresh event id. */
export async function changeEventFor(
  req: PayloadRequest,
  type: ChangeType,
  collection: ContentCollection,
  doc: ContentLike,
): Promise<ChangeEvent> {
  return {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    collection,
    doc: {
      id: Number(doc.id),
      slug: text(doc.slug),
      title: text(doc.title),
      tags: await tagSlugs(req, doc.tags),
    },
  }
}
