import type * as GraphQL from 'graphql'
import type { PayloadRequest } from 'payload'

import { tagCountKeys } from '../../content/registry'
import { loadTagPage, parseTagPageQuery } from '../../tagPage'
import { tagPageSections } from '../../tagPage/types'

interface TagPageArgs {
  slug: string
  limit?: number | null
  section?: string | null
  page?: number | null
}

/**
 * `TagPage(slug, limit, section, page)`: the GraphQL twin of `GET /api/tags/{slug}/page`, same
 * shape, same validation (400 and 404 arrive as errors with `extensions.statusCode`).
 */
export function tagPageQueries(graphQL: typeof GraphQL): Record<string, unknown> {
  const { GraphQLEnumType, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull } = graphQL
  const { GraphQLObjectType, GraphQLString } = graphQL
  const required = <T extends GraphQL.GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
  const text = required(GraphQLString)
  const int = required(GraphQLInt)

  const Card = new GraphQLObjectType({
    name: 'TagPageCard',
    fields: {
      id: { type: int },
      collection: { type: text },
      kind: { type: text },
      title: { type: text },
      slug: { type: text },
      summary: { type: GraphQLString },
      tags: { type: required(new GraphQLList(text)) },
      level: { type: GraphQLString },
      difficulty: { type: GraphQLString },
      access: { type: text },
      language: { type: GraphQLString },
      views: { type: int },
      likes: { type: int },
      rating: {
        type: new GraphQLObjectType({
          name: 'TagPageRating',
          fields: { average: { type: required(GraphQLFloat) }, count: { type: int } },
        }),
      },
      publishedAt: { type: GraphQLString },
      author: {
        type: new GraphQLObjectType({
          name: 'TagPageAuthor',
          fields: { handle: { type: text }, name: { type: text } },
        }),
      },
    },
  })
  const Section = new GraphQLObjectType({
    name: 'TagPageSection',
    fields: { totalDocs: { type: int }, docs: { type: required(new GraphQLList(required(Card))) } },
  })
  const TagPage = new GraphQLObjectType({
    name: 'TagPage',
    fields: {
      tag: {
        type: required(
          new GraphQLObjectType({
            name: 'TagPageTag',
            fields: {
              name: { type: text },
              slug: { type: text },
              description: { type: GraphQLString },
            },
          }),
        ),
      },
      counts: {
        type: required(
          new GraphQLObjectType({
            name: 'TagPageCounts',
            fields: Object.fromEntries(tagCountKeys.map((key) => [key, { type: int }])),
          }),
        ),
      },
      sections: {
        type: required(
          new GraphQLObjectType({
            name: 'TagPageSections',
            fields: Object.fromEntries(tagPageSections.map((name) => [name, { type: Section }])),
          }),
        ),
      },
    },
  })
  const SectionName = new GraphQLEnumType({
    name: 'TagPageSectionName',
    values: Object.fromEntries(tagPageSections.map((name) => [name, { value: name }])),
  })

  return {
    TagPage: {
      type: required(TagPage),
      args: {
        slug: { type: text },
        limit: { type: GraphQLInt },
        section: { type: SectionName },
        page: { type: GraphQLInt },
      },
      resolve: async (_source: unknown, args: TagPageArgs, context: { req: PayloadRequest }) =>
        loadTagPage(context.req, parseTagPageQuery(args)),
    },
  }
}
