import type { SanitizedCollectionConfig } from 'payload'

import { deleteAccountsAsAWhole } from '../../../hooks/deleteAccountsAsAWhole'
import { failBulkOnTransientFailure } from '../../../hooks/failBulkOnTransientFailure'
import { keepAnAdmin } from '../../../hooks/keepAnAdmin'
import { recomputeDeferredTagCounts } from '../../../hooks/recomputeDeferredTagCounts'
import { returnOnlySelectedFields } from '../../../hooks/returnOnlySelectedFields'
import { publicProfileFields, showOnlyPublicProfile } from '../../../hooks/showOnlyPublicProfile'

/**
 * casebook's `afterOperation` hooks that leave a GraphQL list read as it is: four act on writes
 * only, and `returnOnlySelectedFields` drops fields the query did not select, which GraphQL
 * leaves out anyway.
 */
const listNeutralHooks: ReadonlySet<unknown> = new Set([
  deleteAccountsAsAWhole,
  failBulkOnTransientFailure,
  keepAnAdmin,
  recomputeDeferredTagCounts,
  returnOnlySelectedFields,
])

/** What Payload's `omitAPIKey` (the `beforeRead` of collections with API keys) changes. */
const apiKeyFields = new Set(['apiKey', 'apiKeyIndex', 'enableAPIKey', 'hasAPIKey'])

const publicProfile: ReadonlySet<string> = new Set(publicProfileFields)

/**
 * Which fields a collection's read hooks return as stored, or `undefined` when it has a read hook
 * the direct read does not know (Payload then answers). Known: the `afterOperation` hooks above;
 * `showOnlyPublicProfile`, which leaves the public profile fields as they are for every caller;
 * Payload's `omitAPIKey`, which touches only the API key fields.
 */
export function fieldsReadAsStored(
  config: SanitizedCollectionConfig,
): ((name: string) => boolean) | undefined {
  const { afterOperation = [], afterRead = [], beforeRead = [] } = config.hooks
  if (!afterOperation.every((hook) => listNeutralHooks.has(hook))) return undefined
  if (!afterRead.every((hook) => hook === showOnlyPublicProfile)) return undefined
  const omitsKeys = (hook: (...args: never[]) => unknown) =>
    hook.name === 'omitAPIKey' && Boolean(config.auth?.useAPIKey)
  if (!beforeRead.every(omitsKeys)) return undefined
  const profileOnly = afterRead.length > 0
  return (name) => !apiKeyFields.has(name) && (!profileOnly || publicProfile.has(name))
}
