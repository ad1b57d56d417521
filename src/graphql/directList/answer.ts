import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { runNamedStatement, statementNameOf } from '../../db/sql'
import { accessCondition, type Condition } from './condition'
import type { DocSelection, LeafSelection, ListPlan } from './plan'
import { listStatement } from './statement'

/** Thrown while assembling an answer Payload would give differently; the caller falls back. */
class NotDirect extends Error {}

type HookArgs = Record<string, unknown>

/** What casebook's page size clamp may change in a list read's arguments. */
const clampedKeys: ReadonlySet<string> = new Set(['limit', 'pagination'])
const noKeys: ReadonlySet<string> = new Set()

/**
 * Runs a collection's `beforeOperation` hooks as Payload's find does. The direct answer stands
 * only when they leave the arguments as they were, apart from the keys in `mayChange` (the page
 * size clamp); a hook that refuses (throws) leaves the request to Payload, which refuses it.
 */
async function argsAfterHooks(
  config: SanitizedCollectionConfig,
  req: PayloadRequest,
  args: HookArgs,
  mayChange: ReadonlySet<string>,
): Promise<HookArgs> {
  // Compared with a copy: a hook may change the arguments, or the query in them, in place.
  const before = { ...args }
  const where = JSON.stringify(args.where)
  let current = args
  for (const hook of config.hooks.beforeOperation ?? []) {
    const result = (await hook({
      args: current as never,
      collection: config,
      context: req.context,
      operation: 'read',
      overrideAccess: current.overrideAccess as boolean | undefined,
      req,
    })) as HookArgs | undefined
    if (result !== undefined) current = result
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(current)])) {
    if (current[key] !== before[key] && !mayChange.has(key)) throw new NotDirect(key)
  }
  if (JSON.stringify(current.where) !== where) throw new NotDirect('where')
  return current
}

const selectOf = (docs: DocSelection[]): Record<string, unknown> =>
  Object.fromEntries(
    docs.map((selection) => [
      selection.name,
      selection.kind === 'leaf' ? true : selectOf(selection.leaves),
    ]),
  )

async function readCondition(config: SanitizedCollectionConfig, req: PayloadRequest) {
  return (await config.access.read({ req } as Parameters<typeof config.access.read>[0])) as unknown
}

/** Read access on each related collection, checked as Payload's population checks it. */
async function relatedConditions(plan: ListPlan, req: PayloadRequest) {
  const related = new Map<string, Condition>()
  for (const selection of plan.docs) {
    if (selection.kind !== 'relation' || related.has(selection.target.slug)) continue
    const { config } = selection.target
    await argsAfterHooks(
      config,
      req,
      {
        collection: req.payload.collections[config.slug],
        currentDepth: 0,
        depth: 0,
        disableErrors: true,
        draft: false,
        overrideAccess: false,
        pagination: false,
        req,
        select: selectOf(selection.leaves),
        showHiddenFields: false,
        where: { id: { in: [] } },
      },
      noKeys,
    )
    const condition = accessCondition(selection.target, await readCondition(config, req))
    if (!condition) throw new NotDirect('related access')
    related.set(config.slug, condition)
  }
  return related
}

function leafValue(leaf: LeafSelection, value: unknown): unknown {
  if (value === null || value === undefined) {
    if (leaf.nonNull) throw new NotDirect(leaf.name)
    return null
  }
  const serialized = leaf.type.serialize(value)
  if (serialized === null || serialized === undefined) throw new NotDirect(leaf.name)
  return serialized
}

function docOf(selections: DocSelection[], row: unknown[]): Record<string, unknown> {
  const doc: Record<string, unknown> = {}
  selections.forEach((selection, index) => {
    const value = row[index]
    if (selection.kind === 'leaf') doc[selection.name] = leafValue(selection, value)
    else doc[selection.name] = Array.isArray(value) ? docOf(selection.leaves, value) : null
  })
  return doc
}

/** Payload's paging fields (drizzle `findMany`): a count of 0 reads as one empty page. */
function pagingOf(total: number, docs: number, limit: number, page: number) {
  const totalPages = total ? Math.ceil(total / limit) : 1
  const hasPrevPage = Boolean(total) && page > 1
  const hasNextPage = Boolean(total) && totalPages > page
  return {
    hasNextPage,
    hasPrevPage,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    offset: null,
    page,
    pagingCounter: total ? (page - 1) * limit + 1 : 1,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs: total || docs,
    totalPages,
  } as Record<string, unknown>
}

/** Paging fields that depend on the count. */
const countedKeys = new Set([
  'hasNextPage',
  'hasPrevPage',
  'nextPage',
  'pagingCounter',
  'prevPage',
  'totalDocs',
  'totalPages',
])

const preparedTexts = new Set<string>()
/** Distinct texts kept as prepared statements on each connection; beyond, run unnamed. */
const maxPreparedTexts = 100

function statementName(text: string): string | undefined {
  if (!preparedTexts.has(text)) {
    if (preparedTexts.size >= maxPreparedTexts) return undefined
    preparedTexts.add(text)
  }
  return statementNameOf(text)
}

/**
 * The `data` of a plain list query, read in one statement, or `undefined` when Payload must
 * answer it: `?draft` on the request, a hook that changes or refuses the read, access this
 * cannot express in SQL, or a value GraphQL would not serialize as read.
 */
export async function answerList(
  plan: ListPlan,
  req: PayloadRequest,
): Promise<Record<string, unknown> | undefined> {
  // `?draft=` on the request reaches Payload's list and relationship resolvers.
  if (req.query?.draft !== undefined) return undefined
  const { config } = plan.target
  try {
    const args = await argsAfterHooks(
      config,
      req,
      {
        collection: req.payload.collections[config.slug],
        depth: 0,
        draft: undefined,
        limit: plan.limit,
        page: plan.page,
        pagination: undefined,
        req,
        select: selectOf(plan.docs),
        sort: undefined,
        trash: undefined,
        where: undefined,
      },
      clampedKeys,
    )
    if (args.pagination === false) return undefined
    const limit = (args.limit as number | undefined) ?? 10
    const page = plan.page || 1
    if (!Number.isSafeInteger(limit) || limit <= 0 || !Number.isSafeInteger(page) || page < 1) {
      return undefined
    }
    const access = await readCondition(config, req)
    const root = access === false ? undefined : accessCondition(plan.target, access)
    if (!root) return undefined
    const related = await relatedConditions(plan, req)
    const total = plan.listKeys.some((key) => countedKeys.has(key))
    const { text, values } = listStatement(
      plan,
      { root, related },
      { limit, offset: (page - 1) * limit, total },
    )
    const [row] = await runNamedStatement<{ total: number | null; docs: unknown[][] }>(
      req.payload,
      { name: statementName(text), text },
      values,
    )
    if (!row) return undefined
    const docs = row.docs.map((values) => docOf(plan.docs, values))
    const paging = pagingOf(row.total ?? 0, docs.length, limit, page)
    const list: Record<string, unknown> = {}
    for (const key of plan.listKeys) list[key] = key === 'docs' ? docs : paging[key]
    return { [plan.responseKey]: list }
  } catch (error) {
    if (error instanceof NotDirect) return undefined
    throw error
  }
}
