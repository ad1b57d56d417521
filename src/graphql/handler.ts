import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLError, GraphQLFormattedError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
  type Payload,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { directListExecutor } from './directList'
import { documentCache } from './documentCache'

type Schema = ReturnType<typeof configToSchema>

const schemas = new WeakMap<SanitizedConfig, Schema>()

function schemaOf(config: SanitizedConfig): Schema {
  let schema = schemas.get(config)
  if (!schema) schemas.set(config, (schema = configToSchema(config)))
  return schema
}

/** An error as Payload's handler formats it: details of a 500 hidden, then `afterError` hooks. */
async function formatError(
  error: GraphQLError,
  payload: Payload,
  req: PayloadRequest,
): Promise<GraphQLFormattedError> {
  const original = error.originalError as (Error & { status?: number; data?: unknown }) | undefined
  const status = original?.status || 500
  logError({ err: error, payload })
  const hidden = !payload.config.debug && status === 500
  let result = {
    extensions: {
      name: original?.name || undefined,
      data: original?.data || undefined,
      stack: payload.config.debug ? error.stack : undefined,
      statusCode: status,
    },
    locations: error.locations,
    message: hidden ? 'Something went wrong.' : error.message,
    path: error.path,
  } as GraphQLFormattedError
  for (const hook of payload.config.hooks.afterError ?? []) {
    const answer = await hook({
      context: req.context,
      error,
      graphqlResult: result,
      req,
    } as Parameters<typeof hook>[0])
    if (answer?.graphqlResult) result = answer.graphqlResult as GraphQLFormattedError
  }
  return result
}

/**
 * Payload's GraphQL POST handler (`@payloadcms/next`'s `GRAPHQL_POST`, same steps and answers),
 * with each query text parsed once and each (document, variables) validated once while the
 * schema lasts (`documentCache`): parsing and validating cost more than running a list query.
 * Validated plain list queries are read in one statement (`directList`), the rest executed by
 * Payload's resolvers.
 */
export function graphQLHandler(config: SanitizedConfig): (request: Request) => Promise<Response> {
  const documents = documentCache()
  const execute = directListExecutor()
  return async (request) => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const { schema, validationRules } = schemaOf(config)
      const headers: Record<string, string> = {}
      const answer = await createHandler({
        context: { headers, req },
        schema,
        execute,
        parse: documents.parse,
        validate: documents.validate,
        validationRules: (_request, args, specifiedRules) =>
          documents.rulesFor(specifiedRules.concat(validationRules(args)), args.variableValues),
        onOperation: async (_request, args, result) => {
          const extended =
            typeof payload.extensions === 'function'
              ? await payload.extensions({ args, req: _request, result })
              : result
          if (!extended.errors) return extended
          const errors = await Promise.all(
            (result.errors ?? []).map((error) => formatError(error, payload, req)),
          )
          return { ...extended, errors } as typeof result
        },
      })(originalRequest)
      const responseHeaders = headersWithCors({ headers: new Headers(answer.headers), req })
      for (const name in headers) responseHeaders.append(name, headers[name] as string)
      return new Response(answer.body, {
        headers: req.responseHeaders
          ? mergeHeaders(req.responseHeaders, responseHeaders)
          : responseHeaders,
        status: answer.status,
      })
    } finally {
      // GraphQL parses the body itself, and an operation that writes no document never reaches
      // the operation-level cleanup.
      await unlinkClientUploadTempFile({ req })
    }
  }
}
