import type { FlattenedField } from 'payload'

/** Paths named by a `where` (any nesting of and/or), GraphQL's `a__b` spelled `a.b`. */
export function wherePaths(where: unknown, found: string[] = []): string[] {
  if (Array.isArray(where)) {
    for (const entry of where) wherePaths(entry, found)
  } else if (where && typeof where === 'object') {
    for (const [key, value] of Object.entries(where)) {
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') wherePaths(value, found)
      else found.push(key.replace(/__/g, '.'))
    }
  }
  return found
}

/** Paths named by a `sort`: a string, a comma-separated string or a list; without `-`/`+`. */
export function sortPaths(sort: unknown): string[] {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((path) => path.trim().replace(/^[-+]/, '').replace(/__/g, '.'))
      .filter(Boolean)
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths)
  return []
}

/** A join query (`joins[field][where]`, `joins[field][sort]`): paths of the joined collection. */
export interface JoinQuery {
  field: string
  where?: unknown
  sort?: unknown
}

export function joinQueries(joins: unknown): JoinQuery[] {
  if (!joins || typeof joins !== 'object') return []
  return Object.entries(joins)
    .filter(([, join]) => join !== null && typeof join === 'object')
    .map(([field, join]) => ({ field, ...(join as { where?: unknown; sort?: unknown }) }))
}

/** One step of a path: the field it names and the collection the field belongs to. */
export interface PathStep {
  collection: string
  field: FlattenedField
}

/**
 * Resolves a dotted path to the fields it goes through, following groups, arrays and
 * relationships into other collections. Stops at the first segment it cannot resolve (an id, a
 * polymorphic hop, an unknown name), which Payload's own validation then judges.
 */
export function resolvePath(
  path: string,
  collection: string,
  fields: readonly FlattenedField[],
  fieldsOf: (collection: string) => readonly FlattenedField[] | undefined,
): PathStep[] {
  const steps: PathStep[] = []
  let current: { collection: string; fields: readonly FlattenedField[] } | null = {
    collection,
    fields,
  }
  for (const segment of path.split('.')) {
    if (!current) break
    const field = current.fields.find((candidate) => candidate.name === segment)
    if (!field) break
    steps.push({ collection: current.collection, field })
    current = next(field, current.collection, fieldsOf)
  }
  return steps
}

function next(
  field: FlattenedField,
  collection: string,
  fieldsOf: (collection: string) => readonly FlattenedField[] | undefined,
): { collection: string; fields: readonly FlattenedField[] } | null {
  switch (field.type) {
    case 'group':
    case 'array':
      return { collection, fields: field.flattenedFields }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return null
      const related = fieldsOf(field.relationTo)
      return related ? { collection: field.relationTo, fields: related } : null
    }
    case 'join': {
      if (typeof field.collection !== 'string') return null
      const related = fieldsOf(field.collection)
      return related ? { collection: field.collection, fields: related } : null
    }
    default:
      return null
  }
}
