import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { badInput, isStorableId } from '../src/query/ids'
import { checkWhere } from '../src/query/where'

/** Deepest page a list may ask for; beyond it the offset means nothing useful. */
const maxPage = 1_000_000

interface QueryArgs {
  data?: unknown
  id?: unknown
  where?: Where
  page?: unknown
  limit?: unknown
}

/** A paging value as sent over REST (still text) or given by GraphQL (a number). */
function checkPaging(name: 'page' | 'limit', raw: unknown, parsed: unknown): void {
  const text = raw === undefined ? parsed : raw
  if (text === undefined || text === null || text === '') return
  const value =
    typeof text === 'number' ? text : /^\d{1,12}$/.test(String(text)) ? Number(text) : NaN
  const min = name === 'page' ? 1 : 0
  if (!Number.isInteger(value) || value < min || (name === 'page' && value > maxPage)) {
    const range = name === 'page' ? `from 1 to ${maxPage}` : 'of 0 or more'
    throw badInput(`"${name}" must be a whole number ${range}.`)
  }
}

/**
 * Where ids and queries enter Payload, over REST and GraphQL: an id that cannot name a row is a
 * 404, a `where` the database cannot compare (non-numeric ids, relationship values that are not
 * ids), a negative, fractional or huge page and a write without a data object are 400s, never
 * the database's (or Payload's) 500.
 */
export const validateQueryInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local') return args
  if (req.payload.db.defaultIDType !== 'number') return args
  const queryArgs = args as QueryArgs
  if (queryArgs.id !== undefined && !isStorableId(queryArgs.id)) {
    throw new APIError('Not Found', 404)
  }
  const { data } = queryArgs
  const writes = operation === 'create' || operation === 'update'
  if (writes && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    throw badInput('The body must be a JSON object (Content-Type: application/json) or a form.')
  }
  const versions = operation === 'findVersions' || operation === 'findVersionByID'
  checkWhere(queryArgs.where, { payload: req.payload, collection: collection.slug, versions })
  const query = req.payloadAPI === 'REST' ? (req.query as Record<string, unknown>) : {}
  checkPaging('page', query.page, queryArgs.page)
  checkPaging('limit', query.limit, queryArgs.limit)
  return args
}
