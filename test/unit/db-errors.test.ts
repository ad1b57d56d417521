import { describe, expect, it } from '@jest/globals'

import { isDatabaseUnavailable } from '../../src/db/errors'
import { sqlStateOf } from '../../src/db/sqlState'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })
const wrapped = (cause: unknown) => new Error('Failed query: select 1', { cause })

describe('database errors', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a refused connection inside a drizzle error', wrapped(withCode('connect', 'ECONNREFUSED'))],
    ['a server shutting down (57P01)', wrapped(withCode('terminating connection', '57P01'))],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection failure (08006)', withCode('connection failure', '08006')],
    ['too many connections (53300)', withCode('too many clients', '53300')],
    ['a connection that died', new Error('Connection terminated unexpectedly')],
    [
      'a transaction that could not begin',
      new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'),
    ],
  ])('count %s as the database being unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a unique violation (23505)', wrapped(withCode('duplicate key', '23505'))],
    ['bad input (22P02)', wrapped(withCode('invalid input syntax', '22P02'))],
    ['a validation error', new Error('The following field is invalid: title')],
    [
      'a transaction that failed for another reason',
      new Error('Error: cannot begin transaction: x'),
    ],
    ['no error at all', undefined],
  ])('do not count %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('finds the SQLSTATE along the cause chain', () => {
    expect(sqlStateOf(wrapped(wrapped(withCode('x', '22P02'))))).toBe('22P02')
    expect(sqlStateOf(new Error('plain'))).toBeNull()
  })
})
