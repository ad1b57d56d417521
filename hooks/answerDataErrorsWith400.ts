import type { AfterErrorHook } from 'payload'

const message = 'A value in the request cannot be stored or compared (wrong type or out of range).'
const multipartMessage = 'The multipart body cannot be read (malformed part header or form).'

/** Errors of the multipart parser (busboy), which Payload passes on as they are. */
const multipartProblem =
  /^(Malformed part header|Malformed content type|Unexpected end of (form|file)|Multipart: Boundary not found|Missing Content-Type|Unsupported content type)/

/** The SQLSTATE of a Postgres error, looked for along the `cause` chain (drizzle wraps them). */
function sqlStateOf(error: unknown): string | null {
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.originalError ?? next.cause
  }
  return null
}

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
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, name: 'ValidationError', statusCode: 400 },
      },
    }
  }
  return { response: { errors: [{ message }] }, status: 400 }
}
