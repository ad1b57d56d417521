import { describe, expect, it } from '@jest/globals'
import {
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  specifiedRules,
  type ValidationRule,
} from 'graphql'

import { documentCache } from '../../src/graphql/documentCache'

const schemaWith = () =>
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { hello: { type: GraphQLString, args: { name: { type: GraphQLString } } } },
    }),
  })

/** A rule that refuses the variable `name: "bad"`, counting its runs. */
function refusingBad(variables: Record<string, unknown>, runs: { count: number }): ValidationRule {
  return (context) => {
    runs.count += 1
    return {
      Document(node) {
        if (variables.name === 'bad')
          context.reportError(new GraphQLError('bad name', { nodes: [node] }))
      },
    }
  }
}

const query = 'query ($name: String) { hello(name: $name) }'

describe('GraphQL documents parsed and validated once', () => {
  it('parses a query text once, and an unparsable one every time', () => {
    const cache = documentCache()
    expect(cache.parse(query)).toBe(cache.parse(query))
    expect(cache.parse('{ hello }')).not.toBe(cache.parse(query))
    expect(() => cache.parse('{ hello')).toThrow()
    expect(() => cache.parse('{ hello')).toThrow()
  })

  it('drops the least recently used document beyond its size', () => {
    const cache = documentCache({ maxDocuments: 2 })
    const first = cache.parse('{ a: hello }')
    cache.parse('{ b: hello }')
    expect(cache.parse('{ a: hello }')).toBe(first)
    cache.parse('{ c: hello }')
    expect(cache.parse('{ a: hello }')).toBe(first)
    expect(cache.parse('{ b: hello }')).not.toBe(cache.parse('{ c: hello }'))
  })

  it('validates a document again for other variables, another schema, or after a failure', () => {
    const cache = documentCache()
    const schema = schemaWith()
    const document = cache.parse(query)
    const runs = { count: 0 }
    const validate = (variables: Record<string, unknown>, on = schema) =>
      cache.validate(
        on,
        document,
        cache.rulesFor([...specifiedRules, refusingBad(variables, runs)], variables),
      )

    expect(validate({ name: 'ok' })).toEqual([])
    expect(validate({ name: 'ok' })).toEqual([])
    expect(runs.count).toBe(1)

    expect(validate({ name: 'bad' }).map((error) => error.message)).toEqual(['bad name'])
    expect(validate({ name: 'bad' }).map((error) => error.message)).toEqual(['bad name'])
    expect(runs.count).toBe(3)

    expect(validate({ name: 'other' })).toEqual([])
    expect(runs.count).toBe(4)
    expect(validate({ name: 'ok' }, schemaWith())).toEqual([])
    expect(runs.count).toBe(5)
  })

  it('always validates rules it did not build', () => {
    const cache = documentCache()
    const schema = schemaWith()
    const document = cache.parse(query)
    const runs = { count: 0 }
    const rules = [...specifiedRules, refusingBad({}, runs)]
    cache.validate(schema, document, rules)
    cache.validate(schema, document, rules)
    expect(runs.count).toBe(2)
  })
})
