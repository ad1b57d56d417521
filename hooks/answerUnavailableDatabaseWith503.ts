import type { AfterErrorHook } from 'payload'

import { isDatabaseUnavailable } from '../src/db/errors'
import { errorAnswer } from '../src/errors/errorAnswer'

const message = 'The database is not reachable right now; try again shortly.'

/**
 * While the database is down (stopped, restarting, out of connections) a request fails fast with
 * 503, which load balancers and clients retry, rather than a 500 that reads as a bug. The pool
 * reconnects by itself once the database is back.
 */
export const answerUnavailableDatabaseWith503: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isDatabaseUnavailable(error)) return
  return errorAnswer({ graphqlResult }, 503, 'ServiceUnavailable', message)
}
