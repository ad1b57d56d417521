import type { Payload, TypedUser } from 'payload'

import { principalOf } from '../access/principal'
import { hasRole } from '../access/roles'

/**
 * Payload's version view offers "Restore this version", which restores with the version's own
 * status (publishing or unpublishing outside the workflow); the server refuses it to everyone
 * but admins. For them the button is hidden, leaving "Restore as draft" (the chevron's menu).
 */
const hideDirectRestore = `
.restore-version > button.btn,
.restore-version .btn--withPopup > button.btn { display: none; }
`

/** Rendered in the admin's header on every page (server component). */
export function WorkflowGuardStyles({ payload, user }: { payload: Payload; user?: TypedUser }) {
  if (hasRole(principalOf({ payload, user: user ?? null }), 'admin')) return null
  return <style data-testid="workflow-guard-styles">{hideDirectRestore}</style>
}
