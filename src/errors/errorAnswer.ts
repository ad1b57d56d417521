import type { AfterErrorHook } from 'payload'

type AfterErrorArgs = Parameters<AfterErrorHook>[0]
type AfterErrorResult = Awaited<ReturnType<AfterErrorHook>>

/**
 * What an `afterError` hook returns to answer with `status` and `message`: on REST the error shape
 * and the status, on GraphQL the failed field's error with `name` and `statusCode` in extensions.
 */
export function errorAnswer(
  { graphqlResult }: Pick<AfterErrorArgs, 'graphqlResult'>,
  status: number,
  name: string,
  message: string,
): AfterErrorResult {
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, name, statusCode: status },
      },
    }
  }
  return { response: { errors: [{ message }] }, status }
}
