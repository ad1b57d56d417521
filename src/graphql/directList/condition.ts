import type { Where } from 'payload'

import type { CollectionTarget } from './targets'

type Value = string | number | boolean

/** A read access result the direct list can apply in SQL. */
export type Condition =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'equals'; column: string; value: Value }
  | { kind: 'and' | 'or'; parts: Condition[] }

const isValue = (value: unknown): value is Value =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value))

function fieldCondition(
  target: CollectionTarget,
  name: string,
  constraint: unknown,
): Condition | undefined {
  const column = target.columns[name] ?? target.relations[name]?.column
  if (!column || typeof constraint !== 'object' || constraint === null) return undefined
  const operators = Object.entries(constraint)
  if (operators.length !== 1) return undefined
  const [operator, value] = operators[0] as [string, unknown]
  return operator === 'equals' && isValue(value) ? { kind: 'equals', column, value } : undefined
}

function whereCondition(target: CollectionTarget, where: Where): Condition | undefined {
  const parts: Condition[] = []
  for (const [key, constraint] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(constraint) || constraint.length === 0) return undefined
      const inner = constraint.map((part) => whereCondition(target, part as Where))
      if (inner.some((part) => !part)) return undefined
      parts.push({ kind: key, parts: inner as Condition[] })
      continue
    }
    const part = fieldCondition(target, key, constraint)
    if (!part) return undefined
    parts.push(part)
  }
  if (parts.length === 0) return undefined
  return parts.length === 1 ? (parts[0] as Condition) : { kind: 'and', parts }
}

/**
 * The SQL-ready form of a collection read access result: `true`, `false`, or a `Where` made of
 * `equals` on columns under `and` / `or`. `undefined` for anything else, which Payload applies.
 */
export function accessCondition(target: CollectionTarget, access: unknown): Condition | undefined {
  if (access === true) return { kind: 'all' }
  if (access === false) return { kind: 'none' }
  if (typeof access !== 'object' || access === null || Array.isArray(access)) return undefined
  return whereCondition(target, access as Where)
}

/** Writes a condition on table alias `alias`, adding its values to `values`. */
export function conditionSQL(condition: Condition, alias: string, values: unknown[]): string {
  switch (condition.kind) {
    case 'all':
      return 'TRUE'
    case 'none':
      return 'FALSE'
    case 'equals':
      values.push(condition.value)
      return `${alias}.${quoteIdentifier(condition.column)} = $${values.length}`
    default: {
      const joiner = condition.kind === 'and' ? ' AND ' : ' OR '
      return `(${condition.parts.map((part) => conditionSQL(part, alias, values)).join(joiner)})`
    }
  }
}

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`
