import { Kind, parse, type OperationDefinitionNode } from 'graphql'

import {
  recordingTransientFailures,
  retryAfterSeconds,
  transientFailureMessage,
} from '../db/transientFailure'

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number
  /** Longest pause before the first retry, in ms; it doubles for each further one. */
  baseDelayMs: number
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 50 }

/**
 * The pause before retry `retry` (1, 2, …): "full jitter", a random time up to base · 2^(retry-1),
 * so that the transactions that collided do not start again in step and collide again.
 */
export const backoffMs = (retry: number, policy: RetryPolicy, random = Math.random): number =>
  Math.round(random() * policy.baseDelayMs * 2 ** (retry - 1))

export interface RetryOptions {
  /** `rest`: a failed attempt answers 5xx. `graphql`: it answers 200 with `errors`. */
  kind: 'rest' | 'graphql'
  /** Whether the request can be run again (asked only after a transient failure). */
  retriable: () => boolean
  policy?: RetryPolicy
  sleep?: (ms: number) => Promise<void>
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

async function hasGraphQLErrors(response: Response): Promise<boolean> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: unknown } | null
  return Array.isArray(body?.errors) && body.errors.length > 0
}

function withRetryAfter(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Retry-After', String(retryAfterSeconds))
  return new Response(response.body, { status: response.status, headers })
}

/** What a request lost to a transient failure answers when it is not, or no longer, run again. */
async function answerTransientFailure(response: Response, kind: RetryOptions['kind']) {
  if (kind === 'graphql') return withRetryAfter(response)
  if (response.status === 503 && response.headers.has('Retry-After')) return response
  await response.body?.cancel()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.set('content-type', 'application/json')
  headers.set('Retry-After', String(retryAfterSeconds))
  const body = JSON.stringify({ errors: [{ message: transientFailureMessage }] })
  return new Response(body, { status: 503, headers })
}

/**
 * Handles a request, and handles it again from scratch when it failed on a transient database
 * failure (a deadlock, a serialization failure: see `src/db/transientFailure.ts`). Nothing of the
 * failed attempt remains: Payload's operations call `killTransaction` before rethrowing (custom
 * endpoints through `inTransaction`), and the error handlers where the failure is marked
 * (`routeError`, GraphQL's `handleError`) run after that. `attempt` must rebuild the request each
 * time (the body is buffered). After the last attempt, or when the request cannot be run again,
 * the answer is 503 with `Retry-After` (GraphQL: the result as it is, the failed field saying 503,
 * with `Retry-After`), never a 500.
 */
export async function retryTransient(
  attempt: () => Promise<Response>,
  options: RetryOptions,
): Promise<Response> {
  const policy = options.policy ?? defaultRetryPolicy
  const sleep = options.sleep ?? pause
  for (let attempts = 1; ; attempts += 1) {
    const { result: response, failure } = await recordingTransientFailures(attempt)
    if (failure === undefined) return response
    const failed =
      options.kind === 'rest' ? response.status >= 500 : await hasGraphQLErrors(response)
    if (!failed) return response
    if (attempts >= policy.attempts || !options.retriable()) {
      return answerTransientFailure(response, options.kind)
    }
    await response.body?.cancel()
    await sleep(backoffMs(attempts, policy))
  }
}

/**
 * Whether a GraphQL request can be run again from scratch: only queries, or a single mutation
 * field (one operation, one transaction, rolled back). Of several mutation fields the earlier ones
 * may have committed, and running them again would apply them twice.
 */
export function isRetriableGraphQL(body: Buffer | undefined): boolean {
  if (!body) return false
  let request: unknown
  try {
    request = JSON.parse(body.toString('utf8'))
  } catch {
    return false
  }
  if (!request || typeof request !== 'object' || Array.isArray(request)) return false
  const { query, operationName } = request as { query?: unknown; operationName?: unknown }
  if (typeof query !== 'string') return false
  let operations: OperationDefinitionNode[]
  try {
    operations = parse(query).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    )
  } catch {
    return false
  }
  const operation =
    typeof operationName === 'string' && operationName
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined
  if (!operation) return false
  if (operation.operation === 'query') return true
  const { selections } = operation.selectionSet
  return (
    operation.operation === 'mutation' &&
    selections.length === 1 &&
    selections[0].kind === Kind.FIELD
  )
}
