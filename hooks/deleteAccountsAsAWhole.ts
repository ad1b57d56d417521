import { APIError, type CollectionAfterOperationHook } from 'payload'

import { recordedRefusal } from '../src/accounts/deletion'

/**
 * Payload's bulk delete reports a document it could not delete in `errors` and commits the rest.
 * Deleting accounts reassigns content on the way, so a bulk delete of accounts succeeds or fails
 * as a whole: any error rolls everything back and answers with the first refusal's status.
 */
export const deleteAccountsAsAWhole: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'delete') return result
  const refused = recordedRefusal(req)
  const { errors } = result as { errors?: { message?: string }[] }
  if (!errors?.length) return result
  throw refused ?? new APIError(errors[0]?.message ?? 'An account could not be deleted.', 400)
}
