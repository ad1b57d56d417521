import type * as GraphQL from 'graphql'
import { APIError, type PayloadRequest } from 'payload'

import { contentCollections, isContentCollection } from '../../content/registry'
import { parseReviewInput } from '../../review/input'
import { reviewActions } from '../../workflow'
import { performReviewAction } from '../../review/service'

interface ReviewArgs {
  collection: string
  id: number
  action: string
  note?: string | null
  publishAt?: string | null
}

/** GraphQL spells enum values with `_` where REST slugs and actions have `-`; both are accepted. */
const restSpelling = (value: string): string => value.replace(/_/g, '-')

/**
 * `review(collection, id, action, note, publishAt)`: the GraphQL twin of
 * `POST /api/{collection}/{id}/review`, through the same service. Collection and action are
 * strings, so both GraphQL's spelling (`community_articles`, `request_changes`) and REST's
 * (`community-articles`, `request-changes`) work; unknown ones answer 404 and 400 like over REST.
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
        collection: {
          type: text,
          description: `One of ${contentCollections.map((slug) => slug.replace(/-/g, '_')).join(', ')} (the REST slug, with "-", works too).`,
        },
        id: { type: new GraphQLNonNull(GraphQLInt) },
        action: {
          type: text,
          description: `One of ${reviewActions.map((action) => action.replace(/-/g, '_')).join(', ')} (or spelled with "-", as over REST).`,
        },
        note: { type: graphQL.GraphQLString },
        publishAt: { type: graphQL.GraphQLString },
      },
      resolve: async (_source: unknown, args: ReviewArgs, context: { req: PayloadRequest }) => {
        const { req } = context
        if (!req.user) throw new APIError('Sign in to review documents.', 401)
        const collection = restSpelling(args.collection)
        if (!isContentCollection(collection) || args.id <= 0) {
          throw new APIError('Not Found', 404)
        }
        const input = parseReviewInput({
          action: restSpelling(args.action),
          note: args.note,
          publishAt: args.publishAt,
        })
        return performReviewAction(req, { collection, id: args.id, ...input })
      },
    },
  }
}
