import { describe, expect, it } from '@jest/globals'

import { recordTransientFailure } from '../../src/db/transientFailure'
import {
  backoffMs,
  defaultRetryPolicy,
  isRetriableGraphQL,
  retryTransient,
  type RetryOptions,
} from '../../src/http/retryTransient'

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' })

/** An attempt that fails transiently (as the marker hook answers: 503) the first `failures` times. */
function flakyEndpoint(
  failures: number,
  failedResponse = () => Response.json({}, { status: 503 }),
) {
  let calls = 0
  const attempt = async () => {
    calls += 1
    if (calls <= failures) {
      recordTransientFailure(deadlock())
      return failedResponse()
    }
    return Response.json({ ok: true }, { status: 200 })
  }
  return { attempt, calls: () => calls }
}

const pauses: number[] = []
const rest = (overrides: Partial<RetryOptions> = {}): RetryOptions => ({
  kind: 'rest',
  retriable: () => true,
  sleep: async (ms) => {
    pauses.push(ms)
  },
  ...overrides,
})

describe('running a request again after a transient failure', () => {
  it('answers the first attempt that succeeds', async () => {
    const endpoint = flakyEndpoint(2)
    const response = await retryTransient(endpoint.attempt, rest())
    expect(response.status).toBe(200)
    expect(endpoint.calls()).toBe(3)
  })

  it('runs a request once when nothing transient happened, whatever it answered', async () => {
    let calls = 0
    const response = await retryTransient(async () => {
      calls += 1
      return Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
    }, rest())
    expect(response.status).toBe(500)
    expect(calls).toBe(1)
  })

  it('gives up after the last attempt with 503, the error shape and Retry-After', async () => {
    const endpoint = flakyEndpoint(99, () => Response.json({ message: 'x' }, { status: 500 }))
    const response = await retryTransient(endpoint.attempt, rest())
    expect(endpoint.calls()).toBe(defaultRetryPolicy.attempts)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('1')
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(/try again/i)
  })

  it('does not run again a request that cannot be replayed (an upload): 503 at once', async () => {
    const endpoint = flakyEndpoint(1)
    const response = await retryTransient(endpoint.attempt, rest({ retriable: () => false }))
    expect(endpoint.calls()).toBe(1)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('1')
  })

  it('keeps a success even if a transient failure was recorded on the way', async () => {
    let calls = 0
    const response = await retryTransient(async () => {
      calls += 1
      recordTransientFailure(deadlock())
      return Response.json({ ok: true })
    }, rest())
    expect(response.status).toBe(200)
    expect(calls).toBe(1)
  })

  it('on GraphQL, retries a result with errors and finally keeps it, with Retry-After', async () => {
    let calls = 0
    const response = await retryTransient(
      async () => {
        calls += 1
        recordTransientFailure(deadlock())
        return Response.json({ data: { a: { id: 1 }, b: null }, errors: [{ message: 'busy' }] })
      },
      rest({ kind: 'graphql', retriable: () => false }),
    )
    expect(calls).toBe(1)
    expect(response.status).toBe(200)
    expect(response.headers.get('retry-after')).toBe('1')
    expect(await response.json()).toEqual({
      data: { a: { id: 1 }, b: null },
      errors: [{ message: 'busy' }],
    })
  })

  it('pauses with jitter that grows with each retry', () => {
    const policy = { attempts: 4, baseDelayMs: 50 }
    expect(backoffMs(1, policy, () => 0)).toBe(0)
    expect(backoffMs(1, policy, () => 0.999)).toBeLessThanOrEqual(50)
    expect(backoffMs(3, policy, () => 0.999)).toBeGreaterThan(150)
    expect(backoffMs(3, policy, () => 0.999)).toBeLessThanOrEqual(200)
  })
})

describe('which GraphQL requests can be run again', () => {
  const body = (query: string, operationName?: string) =>
    Buffer.from(JSON.stringify({ query, operationName }))

  it('queries, and a single mutation field', () => {
    expect(isRetriableGraphQL(body('{ Stories { docs { id } } }'))).toBe(true)
    expect(isRetriableGraphQL(body('mutation { updateStory(id: 1, data: {}) { id } }'))).toBe(true)
    const named =
      'query A { Stories { docs { id } } } mutation B { a: updateStory(id: 1, data: {}) { id } b: updateStory(id: 2, data: {}) { id } }'
    expect(isRetriableGraphQL(body(named, 'A'))).toBe(true)
    expect(isRetriableGraphQL(body(named, 'B'))).toBe(false)
  })

  it('not several mutation fields, whose first ones may have committed', () => {
    const two =
      'mutation { a: updateStory(id: 1, data: {}) { id } b: updateStory(id: 2, data: {}) { id } }'
    expect(isRetriableGraphQL(body(two))).toBe(false)
    const spread =
      'mutation { ...M } fragment M on Mutation { updateStory(id: 1, data: {}) { id } }'
    expect(isRetriableGraphQL(body(spread))).toBe(false)
  })

  it('not what cannot be read (it never ran): bad JSON, bad GraphQL, batches, no body', () => {
    expect(isRetriableGraphQL(Buffer.from('{'))).toBe(false)
    expect(isRetriableGraphQL(body('mutation {'))).toBe(false)
    expect(isRetriableGraphQL(Buffer.from('[{"query":"{ a }"}]'))).toBe(false)
    expect(isRetriableGraphQL(body('query A { a } query B { b }'))).toBe(false)
    expect(isRetriableGraphQL(undefined)).toBe(false)
  })
})
