import {
  parse as parseDocument,
  validate as validateDocument,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type Source,
  type ValidationRule,
} from 'graphql'

export interface DocumentCacheOptions {
  /** Query texts kept parsed (least recently used dropped first). */
  maxDocuments?: number
  /** Longer query texts are parsed every time. */
  maxQueryLength?: number
  /** Variable sets remembered as valid per document; longer ones are validated every time. */
  maxVariableSets?: number
  maxVariablesLength?: number
}

/**
 * Parsing and validating a GraphQL document costs more CPU than running a small query, and a
 * frontend sends the same few documents again and again. This keeps each query text's parsed
 * document, and remembers which (schema, document, variables) passed validation: validation is a
 * pure function of those three (the rules, casebook's operation limits and Payload's complexity
 * rule included, read nothing else), so a pass holds for the same three. Failures are not kept:
 * an invalid request is validated, and refused, every time. `rulesFor` must be used to build the
 * rules `validate` receives, so it knows their variables.
 */
export function documentCache(options: DocumentCacheOptions = {}) {
  const maxDocuments = options.maxDocuments ?? 200
  const maxQueryLength = options.maxQueryLength ?? 20_000
  const maxVariableSets = options.maxVariableSets ?? 50
  const maxVariablesLength = options.maxVariablesLength ?? 2_000

  const documents = new Map<string, DocumentNode>()
  const passed = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Set<string>>>()
  const variablesOfRules = new WeakMap<readonly ValidationRule[], string>()

  const parse = (source: string | Source): DocumentNode => {
    if (typeof source !== 'string') return parseDocument(source)
    const query = source
    const kept = documents.get(query)
    if (kept) {
      // Most recently used last: a Map iterates in insertion order.
      documents.delete(query)
      documents.set(query, kept)
      return kept
    }
    const document = parseDocument(query)
    if (query.length <= maxQueryLength) {
      documents.set(query, document)
      if (documents.size > maxDocuments) documents.delete(documents.keys().next().value as string)
    }
    return document
  }

  /** Marks `rules` as built for `variables`. */
  const rulesFor = (rules: ValidationRule[], variables: unknown): ValidationRule[] => {
    const key = JSON.stringify(variables ?? null)
    if (key.length <= maxVariablesLength) variablesOfRules.set(rules, key)
    return rules
  }

  const validate = (
    schema: GraphQLSchema,
    document: DocumentNode,
    rules?: readonly ValidationRule[],
  ): readonly GraphQLError[] => {
    const variables = rules ? variablesOfRules.get(rules) : undefined
    const passes = variables === undefined ? undefined : passed.get(schema)?.get(document)
    if (variables !== undefined && passes?.has(variables)) return []
    const errors = validateDocument(schema, document, rules)
    if (errors.length > 0 || variables === undefined) return errors
    let bySchema = passed.get(schema)
    if (!bySchema) passed.set(schema, (bySchema = new WeakMap()))
    let sets = bySchema.get(document)
    if (!sets) bySchema.set(document, (sets = new Set()))
    if (sets.size < maxVariableSets) sets.add(variables)
    return errors
  }

  return { parse, validate, rulesFor }
}
