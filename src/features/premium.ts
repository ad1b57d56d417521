import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { readGatedField, type MayCreate } from '../access/entitlement'
import { contentEntry, isContentCollection } from '../content/registry'
import { deriveTeaser } from '../../hooks/deriveTeaser'
import { returnOnlySelectedFields } from '../../hooks/returnOnlySelectedFields'
import { refuseGatedQueries } from '../../hooks/refuseGatedQueries'
import { refuseLockedDuplicate } from '../../hooks/refuseLockedDuplicate'
import { withholdLockedBody } from '../../hooks/withholdLockedBody'

const fieldName = (field: Field): string | undefined =>
  'name' in field && typeof field.name === 'string' ? field.name : undefined

interface Gate {
  collection: CollectionSlug
  mayCreate: MayCreate
  /** The registry's `gatedFields` of the collection. */
  paths: readonly string[]
}

/** Read access plus the afterRead/beforeDuplicate hooks that gate one field. */
function gateField(field: Field, name: string, gate: Gate): Field {
  const hooks = 'hooks' in field ? field.hooks : undefined
  const read = readGatedField(name, gate.collection, gate.mayCreate)
  return {
    ...field,
    access: { ...('access' in field ? field.access : undefined), read },
    hooks: {
      ...hooks,
      afterRead: [...(hooks?.afterRead ?? []), withholdLockedBody],
      beforeDuplicate: [...(hooks?.beforeDuplicate ?? []), refuseLockedDuplicate],
    },
  } as Field
}

function gateFields(fields: Field[], gate: Gate, prefix = ''): Field[] {
  return fields.map((field) => {
    const name = fieldName(field)
    if (!name) return field
    const path = `${prefix}${name}`
    if (gate.paths.includes(path)) return gateField(field, name, gate)
    const containsGated = gate.paths.some((gated) => gated.startsWith(`${path}.`))
    if (containsGated && 'fields' in field) {
      return { ...field, fields: gateFields(field.fields, gate, `${path}.`) } as Field
    }
    return field
  })
}

/** Whether a collection can populate premium documents (and so be queried through them). */
function referencesPremium(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'relationship' || field.type === 'upload') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return targets.some(isContentCollection)
    }
    return 'fields' in field && referencesPremium(field.fields)
  })
}

const withQueryGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseGatedQueries],
  },
})

/**
 * Premium gating: on content collections, `content` and question `solution`s are readable only
 * by entitled readers (src/access/entitlement.ts) on every read path, because the rule is field
 * access plus field hooks, which Payload applies to find, findByID, versions, drafts, GraphQL and
 * population alike; the tier and author are always selected so `select` cannot hide them from the
 * rule; `teaser` is derived on save; queries on gated fields are refused. Collections that
 * reference content get the query refusal too (queries through a relationship).
 */
export function withPremium(collection: CollectionConfig): CollectionConfig {
  const entry = contentEntry(collection.slug)
  if (!entry) return referencesPremium(collection.fields) ? withQueryGuard(collection) : collection
  const { authored } = entry
  const guarded = withQueryGuard(collection)
  const create = collection.access?.create
  const gate: Gate = {
    collection: collection.slug as CollectionSlug,
    mayCreate: async (req) => (create ? Boolean(await create({ req })) : Boolean(req.user)),
    paths: entry.gatedFields,
  }
  return {
    ...guarded,
    forceSelect: { ...collection.forceSelect, access: true, ...(authored ? { author: true } : {}) },
    fields: gateFields(collection.fields, gate),
    hooks: {
      ...guarded.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), deriveTeaser],
      // Forced selections serve the rule only; the caller gets what they selected.
      afterOperation: [...(collection.hooks?.afterOperation ?? []), returnOnlySelectedFields],
    },
  }
}
