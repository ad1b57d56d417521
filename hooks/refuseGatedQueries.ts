import { QueryError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Fields no query may filter or sort on: the premium body and solutions (filtering would reveal
 * them) and the stored teaser. All are JSON or long text; `like` on a jsonb column is a database
 * error even for staff, so they are refused as bad input for everyone.
 */
export const unqueryableFields: readonly string[] = ['content', 'teaser', 'solution']

const segmentsOf = (path: string): string[] => path.replace(/__/g, '.').split('.')

const isRefused = (path: string): boolean =>
  segmentsOf(path.replace(/^[-+]/, '')).some((segment) => unqueryableFields.includes(segment))

/** Paths named by a `where` (any nesting: and/or, relationship hops, GraphQL `a__b`). */
function wherePaths(where: unknown, found: string[] = []): string[] {
  if (Array.isArray(where)) {
    for (const entry of where) wherePaths(entry, found)
  } else if (where && typeof where === 'object') {
    for (const [key, value] of Object.entries(where)) {
      found.push(key)
      wherePaths(value, found)
    }
  }
  return found
}

/** Paths named by a `sort`: a string, a comma-separated string or a list. */
function sortPaths(sort: unknown): string[] {
  if (typeof sort === 'string') return sort.split(',').map((path) => path.trim())
  if (Array.isArray(sort)) return sort.flatMap(sortPaths)
  return []
}

/** Join queries (`joins[field][where]`, `joins[field][sort]`) name paths too. */
function joinPaths(joins: unknown): string[] {
  if (!joins || typeof joins !== 'object') return []
  return Object.values(joins).flatMap((join) => {
    const { where, sort } = (join ?? {}) as { where?: unknown; sort?: unknown }
    return [...wherePaths(where), ...sortPaths(sort)]
  })
}

/** Answers 400 (Payload's QueryError) to any `where`, `sort` or join query on those fields. */
export const refuseGatedQueries: CollectionBeforeOperationHook = ({ args }) => {
  const { where, sort, joins } = args as { where?: unknown; sort?: unknown; joins?: unknown }
  const refused = [...wherePaths(where), ...sortPaths(sort), ...joinPaths(joins)].filter(isRefused)
  if (refused.length > 0) throw new QueryError([...new Set(refused)].map((path) => ({ path })))
  return args
}
