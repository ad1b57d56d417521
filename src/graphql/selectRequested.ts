import {
  Kind,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql'
import type { Config } from 'payload'

type Queries = NonNullable<NonNullable<Config['graphQL']>['queries']>

interface FieldConfigLike {
  args?: Record<string, unknown>
  resolve?: GraphQLFieldResolver<unknown, unknown>
}

/**
 * Whether a selection names each field once and only directly (no fragments, no field selected
 * twice under aliases): then Payload's `select` builder, which merges fragments and repeated
 * fields by overwriting, derives exactly the fields asked for.
 */
function isPlain(set: SelectionSetNode | undefined): boolean {
  if (!set) return true
  const names = new Set<string>()
  for (const selection of set.selections) {
    if (selection.kind !== Kind.FIELD) return false
    const name = selection.name.value
    if (name === '__typename') continue
    if (names.has(name)) return false
    names.add(name)
    if (!isPlain(selection.selectionSet)) return false
  }
  return true
}

const selectsPlainly = ({ fieldNodes }: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean =>
  fieldNodes.length === 1 && isPlain((fieldNodes[0] as FieldNode).selectionSet)

const payloadResolvers = new WeakSet<object>()

/**
 * Whether `resolve` is one of Payload's own query resolvers (as wrapped below), not a resolver a
 * host's `graphQL.queries` put in its place: only Payload's are answered by the direct list read.
 */
export const isPayloadQueryResolver = (resolve: unknown): boolean =>
  typeof resolve === 'function' && payloadResolvers.has(resolve)

/**
 * Payload's GraphQL reads every field of every document, then drops what the query did not ask
 * for, unless the query passes `select: true`. casebook makes that the default for queries whose
 * selection it derives exactly: a list of titles reads titles, not bodies, tags and every hook
 * they run. An explicit `select: false` (or `true`) is kept. Premium gating is unaffected: the
 * tier and author are always selected (`forceSelect`).
 */
export function selectRequestedFields(previous: Queries | undefined): Queries {
  return (graphQL, context) => {
    const fields = (context as { Query: { fields: Record<string, FieldConfigLike> } }).Query.fields
    for (const field of Object.values(fields)) {
      const resolve = field.resolve
      if (!field.args || !('select' in field.args) || !resolve) continue
      field.resolve = (source, args: Record<string, unknown>, ctx, info) =>
        resolve(
          source,
          args.select === undefined && selectsPlainly(info) ? { ...args, select: true } : args,
          ctx,
          info,
        )
      payloadResolvers.add(field.resolve)
    }
    return previous?.(graphQL, context) ?? {}
  }
}
