import {
  QueryError,
  type Collection,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import {
  joinQueries,
  resolvePath,
  sortPaths,
  wherePaths,
  type PathStep,
} from '../src/access/queryPaths'

// A filter reaches every document, so a field counts as readable only if the caller may read it
// on a document that is not theirs: field access is asked about a stranger's document, whose id
// matches no user. (Payload's own `sessions` rule, `user?.id === doc?.id`, is true for an
// anonymous caller asked without a document.)
const strangersDocument = { id: Number.NaN }

// Version rows carry the document under `version.`; their other columns are not access-controlled.
const versionPrefix = /^version\./

async function readable(req: PayloadRequest, { field }: PathStep): Promise<boolean> {
  if ('hidden' in field && field.hidden === true) return false
  const read = field.access?.read
  if (!read) return true
  return Boolean(
    await read({
      req,
      doc: strangersDocument,
      data: strangersDocument,
      siblingData: strangersDocument,
    }),
  )
}

/**
 * A caller may filter or sort only on fields it may read: every `where`, `sort` and join query
 * path of a non-trusted operation (REST, GraphQL, the admin, Local API without overrideAccess) is
 * resolved through groups, arrays and relationships, and a path through a hidden field or a field
 * whose read access refuses the caller answers 400 (Payload's QueryError).
 */
export const refuseUnreadableQueries: CollectionBeforeOperationHook = async ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  if (overrideAccess) return args
  const { where, sort, joins } = args as { where?: unknown; sort?: unknown; joins?: unknown }
  const paths = [...wherePaths(where), ...sortPaths(sort)]
  if (paths.length === 0 && !joins) return args

  const fieldsOf = (slug: string) =>
    (req.payload.collections as Record<string, Collection | undefined>)[slug]?.config
      .flattenedFields
  const refused = new Set<string>()
  const check = async (path: string, slug: string) => {
    const own = fieldsOf(slug) ?? collection.flattenedFields
    const steps = resolvePath(path.replace(versionPrefix, ''), slug, own, fieldsOf)
    for (const step of steps) {
      if (!(await readable(req, step))) {
        refused.add(path)
        return
      }
    }
  }
  for (const path of paths) await check(path, collection.slug)
  for (const join of joinQueries(joins)) {
    const [step] = resolvePath(join.field, collection.slug, collection.flattenedFields, fieldsOf)
    const joined = step?.field.type === 'join' ? step.field.collection : undefined
    // An unknown join is Payload's to refuse; a polymorphic one is judged per collection there.
    if (typeof joined !== 'string') continue
    for (const path of [...wherePaths(join.where), ...sortPaths(join.sort)]) {
      await check(path, joined)
    }
  }
  if (refused.size > 0) throw new QueryError([...refused].map((path) => ({ path })))
  return args
}
