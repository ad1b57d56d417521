import { APIError, type CollectionAfterOperationHook } from 'payload'

import { recordedRefusal } from '../src/accounts/deletion'

/**
 * Payload's bulk delete reports a document it could not delete in `errors` and commits the rest.
 * Deleting accounts reassigns content on the way, so a bulk delete of accounts succeeds or fails
 * as a whole: any error rolls everything back and answers with the first refusal's status (400
 * for another public error, 500 for a failure of the server's own).
 */
export const deleteAccountsAsAWhole: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'delete') return result
  const refused = recordedRefusal(req)
  const { errors } = result as { errors?: { message?: string; isPublic?: boolean }[] }
  const [first] = errors ?? []
  if (!first) return result
  if (refused) throw refused
  // A server-side failure's message stays in the log, as Payload does for its own 500s.
  throw first.isPublic && first.message
    ? new APIError(first.message, 400)
    : new APIError('The accounts could not be deleted; nothing was changed.', 500)
}
