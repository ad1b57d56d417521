import {
  execute,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql'
import type { PayloadRequest } from 'payload'

import { answerList } from './answer'
import { planList, type ListPlan } from './plan'

const operationNameOf = (document: DocumentNode): string | undefined => {
  const [operation] = document.definitions
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined
}

/**
 * graphql-js's `execute`, except that a plain list query (one collection list field, literal
 * `limit` and `page`, plain fields and has-one relationships, see `planList`) is answered from
 * one SQL statement with the same `data` Payload's resolvers build. Payload's own find runs the
 * field hooks of every document, a query for the page, another for the count and one per
 * relationship; for a list of titles that was most of a request's cost. Whatever the direct
 * read cannot answer exactly as Payload would (hooks that change the read, access it cannot
 * express, a value that does not serialize, any error) is executed by Payload as before.
 */
export function directListExecutor(): (args: ExecutionArgs) => Promise<ExecutionResult> {
  const plans = new WeakMap<DocumentNode, { schema: GraphQLSchema; plan: ListPlan | null }>()
  return async (args) => {
    const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
    if (!req) return execute(args)
    let known = plans.get(args.document)
    if (known?.schema !== args.schema) {
      known = {
        schema: args.schema,
        plan: planList(args.document, args.schema, req.payload) ?? null,
      }
      plans.set(args.document, known)
    }
    const { plan } = known
    const named = !args.operationName || args.operationName === operationNameOf(args.document)
    if (plan && named) {
      const data = await answerList(plan, req).catch(() => undefined)
      if (data) return { data }
    }
    return execute(args)
  }
}
