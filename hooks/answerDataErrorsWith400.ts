import type { AfterErrorHook } from 'payload'

import { sqlStateOf } from '../src/db/sqlState'
import { errorAnswer } from '../src/errors/errorAnswer'

const message = 'A value in the request cannot be stored or compared (wrong type or out of range).'
const multipartMessage = 'The multipart body cannot be read (malformed part header or form).'

/** Errors of the multipart parser (busboy), which Payload passes on as they are. */
const multipartProblem =
  /^(Malformed part header|Malformed content type|Unexpected end of (form|file)|Multipart: Boundary not found|Missing Content-Type|Unsupported content type)/

/**
 * The last line of defence behind the checks where input enters: a Postgres data exception
 * (SQLSTATE class 22: invalid text for a number, out of range, NUL in text, bad date) was caused
 * by a value the client sent, so it answers 400, not 500, on REST and GraphQL alike; so does a
 * multipart body the parser cannot read (e.g. a NUL in an upload's file name).
 */
export const answerDataErrorsWith400: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!graphqlResult && multipartProblem.test(error.message)) {
    return { response: { errors: [{ message: multipartMessage }] }, status: 400 }
  }
  if (!sqlStateOf(error)?.startsWith('22')) return
  return errorAnswer({ graphqlResult }, 400, 'ValidationError', message)
}
