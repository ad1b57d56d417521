import type { RequiredDataFromCollectionSlug } from 'payload'

import { holds } from './compare'
import type { SeedContext } from './context'
import type { SeedCollection } from './plan'

/**
 * Creates the published document with this slug, or brings the live one in line with `data`.
 * Nothing is written (no version, no `updatedAt`) when it already holds the data. Returns its id.
 */
export async function upsertDocument<TSlug extends SeedCollection>(
  { payload, req, tally }: SeedContext,
  collection: TSlug,
  data: RequiredDataFromCollectionSlug<TSlug> & { slug: string },
): Promise<number> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: data.slug } },
    limit: 1,
    depth: 0,
    req,
  })
  const existing = docs[0] as { id: number } | undefined
  if (!existing) {
    const created = await payload.create({ collection, data, draft: false, depth: 0, req })
    tally.add(collection, 'created')
    return (created as { id: number }).id
  }
  if (holds(existing, data)) {
    tally.add(collection, 'unchanged')
    return existing.id
  }
  type UpdateData = Parameters<typeof payload.update<TSlug, never>>[0]['data']
  await payload.update({
    collection,
    id: existing.id,
    data: data as UpdateData,
    draft: false,
    depth: 0,
    req,
  })
  tally.add(collection, 'updated')
  return existing.id
}
