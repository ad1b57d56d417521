import { isoTimestamp } from '../../db/isoTimestamp'
import { conditionSQL, quoteIdentifier, type Condition } from './condition'
import type { LeafSelection, ListPlan } from './plan'

export interface ListStatement {
  text: string
  values: unknown[]
}

export interface ListConditions {
  root: Condition
  /** Read access on each related collection, by slug. */
  related: Map<string, Condition>
}

const leafSQL = (leaf: LeafSelection, alias: string): string => {
  const column = `${alias}.${quoteIdentifier(leaf.column)}`
  return leaf.date ? isoTimestamp(column) : column
}

/**
 * One statement for a page of a plain list: the count (when a paging field needs it) and the page
 * as a JSON array of rows, each row the selected values in order and each has-one relationship a
 * nested row (null when missing or unreadable). Rows are ordered as Payload orders them, newest
 * `createdAt` first, and numbered so the array keeps that order.
 */
export function listStatement(
  plan: ListPlan,
  conditions: ListConditions,
  page: { limit: number; offset: number; total: boolean },
): ListStatement {
  const values: unknown[] = []
  const table = quoteIdentifier(plan.target.table)
  const createdAt = `d.${quoteIdentifier(plan.target.createdAt)}`
  const total = page.total
    ? `(SELECT count(*)::int FROM ${table} d WHERE ${conditionSQL(conditions.root, 'd', values)})`
    : 'NULL::int'
  const items = plan.docs.map((selection) => {
    if (selection.kind === 'leaf') return leafSQL(selection, 'd')
    const { target, leaves, column } = selection
    const related = conditions.related.get(target.slug) ?? { kind: 'none' }
    const id = quoteIdentifier(target.columns.id as string)
    return `(SELECT json_build_array(${leaves.map((leaf) => leafSQL(leaf, 'r')).join(', ')})
      FROM ${quoteIdentifier(target.table)} r
      WHERE r.${id} = d.${quoteIdentifier(column)} AND ${conditionSQL(related, 'r', values)})`
  })
  if (!items.length) return { text: `SELECT ${total} AS total, '[]'::json AS docs`, values }
  const columns = new Set([plan.target.createdAt, ...plan.docs.map(({ column }) => column)])
  const inner = [...columns].map((column) => `d.${quoteIdentifier(column)}`).join(', ')
  const where = conditionSQL(conditions.root, 'd', values)
  values.push(page.limit, page.offset)
  const docs = `coalesce((SELECT json_agg(json_build_array(${items.join(', ')}) ORDER BY d.casebook_row)
    FROM (SELECT ${inner}, row_number() OVER (ORDER BY ${createdAt} DESC) AS casebook_row
      FROM ${table} d WHERE ${where}
      ORDER BY ${createdAt} DESC LIMIT $${values.length - 1} OFFSET $${values.length}) d),
    '[]'::json)`
  return { text: `SELECT ${total} AS total, ${docs} AS docs`, values }
}
