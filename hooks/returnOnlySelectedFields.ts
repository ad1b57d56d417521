import type { CollectionAfterOperationHook, SelectType } from 'payload'

type Doc = Record<string, unknown>

/** Whether `select` names the fields to return (`{ title: true }`), not the ones to leave out. */
const isInclusion = (select: SelectType | undefined): select is SelectType =>
  Boolean(select) && Object.values(select as SelectType).some((value) => value !== false)

const onlySelected = (doc: unknown, select: SelectType): unknown => {
  if (!doc || typeof doc !== 'object') return doc
  for (const key of Object.keys(doc)) {
    if (key !== 'id' && !(key in select)) delete (doc as Doc)[key]
  }
  return doc
}

/**
 * afterOperation of reads: a caller who selects fields gets those and `id`, nothing else. The
 * collection's `forceSelect` (the tier and author, which the premium rule needs even when not
 * asked for) still loads them for the field hooks, which have run by now.
 */
export const returnOnlySelectedFields: CollectionAfterOperationHook = ({
  args,
  operation,
  result,
}) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  const select = (args as { select?: SelectType }).select
  if (!isInclusion(select)) return result
  if (operation === 'find') {
    for (const doc of (result as { docs: unknown[] }).docs) onlySelected(doc, select)
  } else onlySelected(result, select)
  return result
}
