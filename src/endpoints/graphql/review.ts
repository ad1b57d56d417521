import type * as GraphQL from 'graphql'
import { APIError, type PayloadRequest } from 'payload'

import { isContentCollection } from '../../content/registry'
import { parseReviewInput } from '../../review/input'
import { performReviewAction } from '../../review/service'

interface ReviewArgs {
  collection: string
  id: number
  action: string
  note?: string | null
  publishAt?: string | null
}

/**
 * `review(collection, id, action, note, publishAt)`: the GraphQL twin of
 * `POST /api/{collection}/{id}/review`, through the same service. Actions are strings because
 * GraphQL enum values cannot contain "-"; unknown ones answer 400 like over REST.
 */
export function reviewMutations(graphQL: typeof GraphQL): Record<string, unknown> {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType } = graphQL
  const text = new GraphQLNonNull(graphQL.GraphQLString)
  const ReviewResult = new GraphQLObjectType({
    name: 'ReviewResult',
    fields: {
      collection: { type: text },
      id: { type: new GraphQLNonNull(GraphQLInt) },
      action: { type: text },
      from: { type: text },
      to: { type: text },
      reviewStatus: { type: text },
      published: { type: new GraphQLNonNull(GraphQLBoolean) },
      publishAt: { type: graphQL.GraphQLString },
      scheduled: { type: new GraphQLNonNull(GraphQLBoolean) },
      allowed: { type: new GraphQLNonNull(new GraphQLList(text)) },
    },
  })
  return {
    review: {
      type: new GraphQLNonNull(ReviewResult),
      args: {
        collection: { type: text },
        id: { type: new GraphQLNonNull(GraphQLInt) },
        action: { type: text },
        note: { type: graphQL.GraphQLString },
        publishAt: { type: graphQL.GraphQLString },
      },
      resolve: async (_source: unknown, args: ReviewArgs, context: { req: PayloadRequest }) => {
        const { req } = context
        if (!req.user) throw new APIError('Sign in to review documents.', 401)
        if (!isContentCollection(args.collection) || args.id <= 0) {
          throw new APIError('Not Found', 404)
        }
        const input = parseReviewInput({
          action: args.action,
          note: args.note,
          publishAt: args.publishAt,
        })
        return performReviewAction(req, { collection: args.collection, id: args.id, ...input })
      },
    },
  }
}
