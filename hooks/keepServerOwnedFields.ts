import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../src/access/roles'
import { principalOf } from '../src/access/principal'
import type { ServerOwnedRule } from '../src/fields/serverOwned'
import { isReviewWrite } from '../src/review/context'

/**
 * Server-owned fields never come from a client, on any write path (REST, GraphQL, the admin,
 * Local API calls made for a user): create and duplicate start from each rule's initial value;
 * update, bulk update and version restore keep the current row's value (`originalDoc`, never the
 * version being restored). Server code without a user, and the review workflow, write freely.
 */
export const keepServerOwnedFields =
  (rules: Readonly<Record<string, ServerOwnedRule>>): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if ((req.payloadAPI === 'local' && !req.user) || isReviewWrite(req.context)) return data
    const restoring = req.context.isRestoringVersion === true
    const user = principalOf(req)
    const next: Record<string, unknown> = { ...data }
    for (const [name, rule] of Object.entries(rules)) {
      const chosen = !restoring && next[name] !== undefined && hasRole(user, ...(rule.setBy ?? []))
      if (chosen) continue
      const value =
        operation === 'create'
          ? rule.initial?.(req)
          : (originalDoc as Record<string, unknown> | undefined)?.[name]
      if (value === undefined) delete next[name]
      else next[name] = value
    }
    return next
  }
