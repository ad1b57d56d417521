import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import type { AttemptBudget } from '../src/limits/attemptBudget'

/** Operations that check a password or send a reset mail: each one spends an attempt. */
const countedOperations = new Set(['login', 'forgotPassword'])

/**
 * Counts password checks, not HTTP requests: every login and forgot-password, over REST or
 * GraphQL (each alias of `loginUser` is one), spends one attempt of the client's per-minute budget;
 * past it the operation answers 429. Trusted server code (Local API) is not counted.
 */
export const limitAuthAttempts =
  (
    budget: AttemptBudget,
    clientAddress: (req: PayloadRequest) => string | null,
  ): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (req.payloadAPI === 'local' || !countedOperations.has(operation)) return args
    const key = clientAddress(req) ?? 'unknown'
    if (!budget.spend(key)) {
      const seconds = budget.retryAfterSeconds(key)
      throw new APIError(
        `Too many sign-in attempts; try again in ${seconds} s.`,
        429,
        undefined,
        true,
      )
    }
    return args
  }
