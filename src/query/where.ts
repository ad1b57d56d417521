import type { FlattenedField, Payload, Where } from 'payload'

import { badInput, isStorableId } from './ids'

type Kind = 'id' | 'point' | 'other'

const idOperators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const geoOperators = new Set(['near', 'within', 'intersects'])

const fieldsOf = (payload: Payload, slug: string): FlattenedField[] | null =>
  (payload.collections as Record<string, { config: { flattenedFields: FlattenedField[] } }>)[slug]
    ?.config.flattenedFields ?? null

/** What kind of value a (dotted) path holds, following single-target relationships. */
function kindOf(payload: Payload, fields: FlattenedField[], path: string[]): Kind | null {
  const [head, ...rest] = path
  if (head === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field) return null
  if (field.type === 'relationship' || field.type === 'upload') {
    if (rest.length === 0 || (rest.length === 1 && rest[0] === 'value')) return 'id'
    if (typeof field.relationTo !== 'string') return null
    const target = fieldsOf(payload, field.relationTo)
    return target ? kindOf(payload, target, rest) : null
  }
  if (field.type === 'point') return rest.length === 0 ? 'point' : null
  if ('flattenedFields' in field && rest.length > 0) {
    return kindOf(payload, field.flattenedFields, rest)
  }
  return rest.length === 0 ? 'other' : null
}

const valuesOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string' && value.includes(',')) return value.split(',')
  return [value]
}

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'value' in value
    ? (value as { value: unknown }).value
    : value

function checkCondition(path: string, kind: Kind | null, operator: string, value: unknown): void {
  if (geoOperators.has(operator) && kind !== 'point') {
    throw badInput(`"${operator}" applies only to point fields, not to "${path}".`)
  }
  if (kind !== 'id' || !idOperators.has(operator)) return
  for (const item of valuesOf(value)) {
    if (item === null || item === undefined || item === '') continue
    if (!isStorableId(idOf(item))) {
      throw badInput(`"${path}" takes document ids (whole numbers); got ${JSON.stringify(item)}.`)
    }
  }
}

export interface WhereScope {
  payload: Payload
  collection: string
  /** Paths are those of a version document (`parent`, `version.*`). */
  versions?: boolean
}

/**
 * Refuses, with a 400, `where` values the database cannot compare: ids and relationship values
 * that are not whole numbers within the id range, geo operators on non-point fields. Paths that
 * name nothing are left to Payload (which answers 400 QueryError).
 */
export function checkWhere(where: Where | undefined, scope: WhereScope): void {
  if (!where || typeof where !== 'object') return
  const fields = fieldsOf(scope.payload, scope.collection)
  if (!fields) return
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (Array.isArray(condition))
        condition.forEach((nested) => checkWhere(nested as Where, scope))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) continue
    let path = key.split('.')
    let kind: Kind | null
    if (scope.versions && path[0] === 'parent' && path.length === 1) kind = 'id'
    else {
      if (scope.versions && path[0] === 'version') path = path.slice(1)
      kind = kindOf(scope.payload, fields, path)
    }
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      checkCondition(key, kind, operator, value)
    }
  }
}
