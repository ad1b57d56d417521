import {
  Kind,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql'

import { isPayloadQueryResolver } from '../selectRequested'
import { collectionTarget, plainField, type CollectionTarget } from './targets'

/** A scalar or enum read from a column as stored. */
export interface LeafSelection {
  kind: 'leaf'
  name: string
  column: string
  date: boolean
  type: GraphQLLeafType
  nonNull: boolean
}

/** A has-one relationship, populated with leaves of the related document. */
export interface RelationSelection {
  kind: 'relation'
  name: string
  column: string
  target: CollectionTarget
  leaves: LeafSelection[]
}

export type DocSelection = LeafSelection | RelationSelection

/** What a plain list query asks for, resolved to tables and columns. */
export interface ListPlan {
  responseKey: string
  target: CollectionTarget
  limit: number | undefined
  page: number | undefined
  /** The list's keys in the order asked (`docs` and paging fields). */
  listKeys: string[]
  docs: DocSelection[]
}

const listKeyNames = new Set([
  'docs',
  'hasNextPage',
  'hasPrevPage',
  'limit',
  'nextPage',
  'offset',
  'page',
  'pagingCounter',
  'prevPage',
  'totalDocs',
  'totalPages',
])

/**
 * The fields of a selection when it is plain: fields only (no fragments, directives, aliases,
 * arguments or `__typename`), each named once. Anything else is left to Payload.
 */
function plainFields(set: SelectionSetNode | undefined): FieldNode[] | undefined {
  if (!set) return undefined
  const seen = new Set<string>()
  const fields: FieldNode[] = []
  for (const selection of set.selections) {
    if (selection.kind !== Kind.FIELD) return undefined
    const name = selection.name.value
    if (selection.alias || selection.directives?.length || selection.arguments?.length) return
    if (name.startsWith('__') || seen.has(name)) return undefined
    seen.add(name)
    fields.push(selection)
  }
  return fields
}

function leafOf(
  node: FieldNode,
  schemaField: GraphQLField<unknown, unknown> | undefined,
  target: CollectionTarget,
): LeafSelection | undefined {
  const type = schemaField && getNamedType(schemaField.type)
  if (!schemaField || !type || !isLeafType(type) || node.selectionSet) return undefined
  const name = node.name.value
  const column = target.columns[name]
  if (!column) return undefined
  const field = target.config.flattenedFields.find((candidate) => candidate.name === name)
  if (name !== 'id' && !(field && plainField(field))) return undefined
  const nonNull = isNonNullType(schemaField.type)
  return { kind: 'leaf', name, column, date: field?.type === 'date', type, nonNull }
}

function docSelections(
  nodes: FieldNode[],
  type: GraphQLObjectType,
  target: CollectionTarget,
  payload: Parameters<typeof collectionTarget>[0],
  nested: boolean,
): DocSelection[] | undefined {
  const fields = type.getFields()
  const selections: DocSelection[] = []
  for (const node of nodes) {
    const schemaField = fields[node.name.value]
    if (!node.selectionSet) {
      const leaf = leafOf(node, schemaField, target)
      if (!leaf) return undefined
      selections.push(leaf)
      continue
    }
    const relation = target.relations[node.name.value]
    const relatedType = schemaField && getNamedType(schemaField.type)
    if (nested || !relation || !relatedType || !isObjectType(relatedType)) return undefined
    const related = collectionTarget(payload, relation.relationTo)
    const inner = plainFields(node.selectionSet)
    const leaves = related && inner && docSelections(inner, relatedType, related, payload, true)
    if (!related || !leaves) return undefined
    const name = node.name.value
    selections.push({
      kind: 'relation',
      name,
      column: relation.column,
      target: related,
      leaves: leaves as LeafSelection[],
    })
  }
  return selections
}

const intArgument = (node: FieldNode, name: string): number | undefined | null => {
  const argument = node.arguments?.find((candidate) => candidate.name.value === name)
  if (!argument) return undefined
  return argument.value.kind === Kind.INT ? Number(argument.value.value) : null
}

/**
 * The plan for a document that is one query with one collection list field (`limit` and `page`
 * as literals at most) selecting plain fields of its documents and of has-one relationships;
 * `undefined` for anything else, which Payload answers.
 */
export function planList(
  document: DocumentNode,
  schema: GraphQLSchema,
  payload: Parameters<typeof collectionTarget>[0],
): ListPlan | undefined {
  const [operation, ...others] = document.definitions
  if (others.length || operation?.kind !== Kind.OPERATION_DEFINITION) return undefined
  if (operation.operation !== 'query' || operation.variableDefinitions?.length) return undefined
  if (operation.directives?.length) return undefined
  const [root, ...more] = operation.selectionSet.selections
  if (more.length || root?.kind !== Kind.FIELD || root.directives?.length) return undefined
  if (root.arguments?.some(({ name }) => name.value !== 'limit' && name.value !== 'page')) return
  const limit = intArgument(root, 'limit')
  const page = intArgument(root, 'page')
  if (limit === null || page === null) return undefined
  const target = collectionTarget(payload, undefined, root.name.value)
  const rootField = schema.getQueryType()?.getFields()[root.name.value]
  const namedList = rootField && getNamedType(rootField.type)
  if (!target || !namedList || !isObjectType(namedList)) return undefined
  if (!isPayloadQueryResolver(rootField.resolve)) return undefined
  if (namedList.name !== root.name.value) return undefined
  const listFields = plainFields(root.selectionSet)
  if (!listFields?.every(({ name }) => listKeyNames.has(name.value))) return undefined
  const docsNode = listFields.find(({ name }) => name.value === 'docs')
  const docType = getNamedType(namedList.getFields().docs?.type)
  if (docsNode && (!docType || !isObjectType(docType))) return undefined
  const docNodes = docsNode ? plainFields(docsNode.selectionSet) : []
  const docs =
    docNodes && docType && isObjectType(docType)
      ? docSelections(docNodes, docType, target, payload, false)
      : docNodes && []
  if (!docs) return undefined
  return {
    responseKey: root.alias?.value ?? root.name.value,
    target,
    limit,
    page,
    listKeys: listFields.map(({ name }) => name.value),
    docs,
  }
}
