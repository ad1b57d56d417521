import { describe, expect, it } from '@jest/globals'

import { APIError } from 'payload'

import {
  isTransientFailure,
  lostToTransientFailure,
  recordingTransientFailures,
  recordTransientFailure,
  TransientFailure,
} from '../../src/db/transientFailure'

/** What pg throws, as drizzle wraps it (`cause`) and as GraphQL wraps that (`originalError`). */
const pgError = (code: string) => Object.assign(new Error(`postgres ${code}`), { code })
const drizzleError = (code: string) => new Error('Failed query: SELECT 1', { cause: pgError(code) })
const graphqlError = (code: string) =>
  Object.assign(new Error('Failed query'), { originalError: drizzleError(code) })

describe('which failures are transient', () => {
  it.each([
    ['40P01', 'deadlock_detected'],
    ['40001', 'serialization_failure'],
    ['55P03', 'lock_not_available'],
  ])('%s (%s) is transient, bare or wrapped by drizzle and GraphQL', (code) => {
    expect(isTransientFailure(pgError(code))).toBe(true)
    expect(isTransientFailure(drizzleError(code))).toBe(true)
    expect(isTransientFailure(graphqlError(code))).toBe(true)
  })

  it.each([
    ['23505', 'unique_violation'],
    ['23503', 'foreign_key_violation'],
    ['22P02', 'invalid_text_representation'],
    ['25P02', 'in_failed_sql_transaction'],
    ['57014', 'query_canceled'],
    ['40002', 'transaction_integrity_constraint_violation'],
    ['08006', 'connection_failure'],
  ])('%s (%s) is not: running it again would fail the same way', (code) => {
    expect(isTransientFailure(drizzleError(code))).toBe(false)
    expect(isTransientFailure(graphqlError(code))).toBe(false)
  })

  it('errors without a SQLSTATE are not, nor are other API errors', () => {
    expect(isTransientFailure(new Error('deadlock detected'))).toBe(false)
    expect(isTransientFailure(new APIError('Conflict', 409))).toBe(false)
    expect(isTransientFailure({ code: 'ECONNRESET' })).toBe(false)
    expect(isTransientFailure(null)).toBe(false)
  })

  it('a TransientFailure is, and answers 503 with a message for the client', () => {
    const failure = new TransientFailure()
    expect(isTransientFailure(failure)).toBe(true)
    expect(isTransientFailure({ originalError: failure })).toBe(true)
    expect(failure.status).toBe(503)
    expect(failure.isPublic).toBe(true)
  })
})

describe('the scope a request attempt runs in', () => {
  it('records the first transient failure and the transactions it was seen in', async () => {
    const first = drizzleError('40P01')
    const { result, failure } = await recordingTransientFailures(async () => {
      await Promise.resolve()
      expect(recordTransientFailure(first, 'tx-1')).toBe(true)
      expect(recordTransientFailure(drizzleError('40001'), 'tx-2')).toBe(true)
      expect(lostToTransientFailure('tx-1')).toBe(true)
      expect(lostToTransientFailure('tx-2')).toBe(true)
      expect(lostToTransientFailure('tx-3')).toBe(false)
      return 'done'
    })
    expect(result).toBe('done')
    expect(failure).toBe(first)
  })

  it('does not record failures that are not transient', async () => {
    const { failure } = await recordingTransientFailures(async () => {
      expect(recordTransientFailure(drizzleError('23505'), 'tx')).toBe(false)
      expect(lostToTransientFailure('tx')).toBe(false)
    })
    expect(failure).toBeUndefined()
  })

  it('keeps concurrent attempts apart', async () => {
    const failing = recordingTransientFailures(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      recordTransientFailure(drizzleError('40P01'))
    })
    const clean = recordingTransientFailures(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10))
      return lostToTransientFailure(undefined)
    })
    const [a, b] = await Promise.all([failing, clean])
    expect(a.failure).toBeDefined()
    expect(b.failure).toBeUndefined()
    expect(b.result).toBe(false)
  })

  it('outside a scope classifies but records nothing', () => {
    expect(recordTransientFailure(drizzleError('40P01'), 'tx')).toBe(true)
    expect(lostToTransientFailure('tx')).toBe(false)
  })
})
