import {
  formatNames,
  type Collection,
  toWords,
  type FlattenedField,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'

import { tableOf } from '../../db/tables'
import { everyone } from '../../fields/filledByServer'
import { fieldsReadAsStored } from './readHooks'

/** A collection the direct list reads, with the columns of its plain fields. */
export interface CollectionTarget {
  slug: string
  table: string
  config: SanitizedCollectionConfig
  /** The `createdAt` column, which Payload orders lists by. */
  createdAt: string
  /** Column of each plain field (and `id`), by field name. */
  columns: Record<string, string>
  /** Column and collection of each has-one relationship, by field name. */
  relations: Record<string, { column: string; relationTo: string }>
}

type PayloadLike = Pick<Payload, 'collections' | 'config' | 'db'>

interface DrizzleTables {
  tables: Record<string, Record<string, { name?: string } | undefined> | undefined>
}

/** No read rule, or casebook's rule that lets everyone read the field. */
const readByAnyone = (field: FlattenedField): boolean =>
  !field.access?.read || field.access.read === everyone

const storedTypes = new Set(['text', 'textarea', 'email', 'number', 'checkbox', 'date', 'select'])

/**
 * Whether Payload reads this field as its column holds it: one value of a plain type, with no
 * read access rule, no `afterRead` hook, no localization and nothing computed.
 */
export function plainField(field: FlattenedField): boolean {
  const loose = field as FlattenedField & {
    hasMany?: boolean
    localized?: boolean
    virtual?: unknown
    hidden?: boolean
    timezone?: unknown
    hooks?: { afterRead?: unknown[] }
  }
  return (
    storedTypes.has(field.type) &&
    !loose.hasMany &&
    !loose.localized &&
    !loose.virtual &&
    !loose.hidden &&
    !loose.timezone &&
    readByAnyone(field) &&
    !loose.hooks?.afterRead?.length
  )
}

function hasOneRelation(field: FlattenedField): string | undefined {
  if (field.type !== 'relationship') return undefined
  const loose = field as FlattenedField & { localized?: boolean; virtual?: unknown }
  if (field.hasMany || typeof field.relationTo !== 'string' || loose.localized) return undefined
  if (loose.virtual || !readByAnyone(field) || field.hooks?.afterRead?.length) return undefined
  return field.relationTo
}

/** Payload's GraphQL name for a collection's list query (as `initCollections` derives it). */
function pluralNameOf(config: SanitizedCollectionConfig): string | undefined {
  if (config.graphQL === false) return undefined
  const names = config.graphQL ?? {}
  const fromSlug = formatNames(config.slug)
  const singular = names.singularName ? toWords(names.singularName, true) : fromSlug.singular
  const plural = names.pluralName ? toWords(names.pluralName, true) : fromSlug.plural
  return singular === plural ? `all${singular}` : plural
}

/**
 * Whether Payload's list read of this collection is a plain one: no trash, no custom order,
 * timestamps on (Payload orders by `createdAt`, newest first), no localization.
 */
function readsPlainly(config: SanitizedCollectionConfig, payload: PayloadLike): boolean {
  return (
    !payload.config.localization &&
    !config.trash &&
    !config.orderable &&
    !config.defaultSort &&
    config.timestamps !== false &&
    !config.upload
  )
}

function buildTarget(payload: PayloadLike, slug: string): CollectionTarget | undefined {
  const config = (payload.collections as Record<string, Collection | undefined>)[slug]?.config
  const table = tableOf(slug)
  const columns = (payload.db as unknown as DrizzleTables).tables?.[table]
  const createdAt = columns?.createdAt?.name
  const id = columns?.id?.name
  if (!config || !createdAt || !id) return undefined
  const readAsStored = fieldsReadAsStored(config)
  if (!readAsStored || !readsPlainly(config, payload)) return undefined
  const target: CollectionTarget = {
    slug,
    table,
    config,
    createdAt,
    columns: { id },
    relations: {},
  }
  for (const field of config.flattenedFields) {
    const column = columns[field.name]?.name
    if (!column || !readAsStored(field.name)) continue
    const relationTo = hasOneRelation(field)
    if (relationTo) target.relations[field.name] = { column, relationTo }
    else if (plainField(field)) target.columns[field.name] = column
  }
  return target
}

const targets = new WeakMap<object, Map<string, CollectionTarget | null>>()

/**
 * The direct-read description of a collection, by slug or by its GraphQL list name; `undefined`
 * when the collection is not read plainly. Worked out once per Payload instance.
 */
export function collectionTarget(
  payload: PayloadLike,
  slug: string | undefined,
  pluralName?: string,
): CollectionTarget | undefined {
  let known = targets.get(payload)
  if (!known) targets.set(payload, (known = new Map()))
  const key = slug ?? `list:${pluralName}`
  if (!known.has(key)) {
    const found =
      slug ??
      Object.values(payload.collections).find(({ config }) => pluralNameOf(config) === pluralName)
        ?.config.slug
    known.set(key, (found && buildTarget(payload, found)) || null)
  }
  return known.get(key) ?? undefined
}
