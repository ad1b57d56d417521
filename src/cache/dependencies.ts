import type { Field, SanitizedConfig } from 'payload'

import { contentCollections } from '../content/registry'

/** Collections whose published documents anonymous reads return, and so may be cached. */
export const cacheableCollections: readonly string[] = [...contentCollections, 'tags', 'media']

/** Every collection a cached answer can contain: those above and the authors they populate. */
const populatedCollections: readonly string[] = [...cacheableCollections, 'users']

type FieldWithChildren = Field & {
  fields?: Field[]
  tabs?: { fields: Field[] }[]
  blocks?: { fields: Field[] }[]
  relationTo?: string | string[]
}

/** Collections `fields` can pull documents from when populated (rich text can embed any). */
function referencedBy(fields: readonly Field[], into: Set<string>): void {
  for (const field of fields as readonly FieldWithChildren[]) {
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
      const targets = field.relationTo ?? []
      for (const target of Array.isArray(targets) ? targets : [targets]) into.add(target)
    }
    // Lexical's upload, relationship and internal-link nodes may point at any collection.
    if (field.type === 'richText') populatedCollections.forEach((slug) => into.add(slug))
    if (field.fields) referencedBy(field.fields, into)
    for (const tab of field.tabs ?? []) referencedBy(tab.fields, into)
    for (const block of field.blocks ?? []) referencedBy(block.fields, into)
  }
}

/**
 * For each collection and global (by slug), the collections a read of it depends on: itself and
 * every collection its fields can populate. A write to any of them invalidates the read.
 */
export function dependencyMap(config: SanitizedConfig): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>()
  const entities = [...config.collections, ...(config.globals ?? [])]
  for (const entity of entities) {
    const into = new Set<string>([entity.slug])
    referencedBy(entity.fields, into)
    map.set(entity.slug, [...into].sort())
  }
  return map
}

/** What the tag page is built from: every content collection, its tags and their authors. */
export const tagPageDependencies: readonly string[] = [...populatedCollections].sort()
