import type { RequiredDataFromCollectionSlug } from 'payload'

import { holds } from './compare'
import type { SeedContext } from './context'
import { seedTags } from './data/tags'

/** Creates or corrects every seeded tag, by slug. Returns tag ids by slug. */
export async function upsertTags({
  payload,
  req,
  tally,
}: SeedContext): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'tags',
    where: { slug: { in: seedTags.map((tag) => tag.slug) } },
    pagination: false,
    depth: 0,
    req,
  })
  const stored = new Map(docs.map((doc) => [doc.slug, doc]))
  const ids = new Map<string, number>()
  for (const tag of seedTags) {
    // `counts` is left out: the tag-count hooks and reconcile own it.
    const data = {
      name: tag.name,
      slug: tag.slug,
      description: tag.description ?? null,
    } as RequiredDataFromCollectionSlug<'tags'>
    const existing = stored.get(tag.slug)
    if (!existing) {
      const created = await payload.create({ collection: 'tags', data, depth: 0, req })
      ids.set(tag.slug, created.id)
      tally.add('tags', 'created')
    } else if (!holds(existing, data)) {
      await payload.update({ collection: 'tags', id: existing.id, data, depth: 0, req })
      ids.set(tag.slug, existing.id)
      tally.add('tags', 'updated')
    } else {
      ids.set(tag.slug, existing.id)
      tally.add('tags', 'unchanged')
    }
  }
  return ids
}
