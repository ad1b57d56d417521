import type { Field, PayloadRequest } from 'payload'

import type { Role } from '../access/roles'

/**
 * How the server fills a field that no client may write. A client's value is dropped on every write
 * path; a new document (create, duplicate) starts from `initial`, an existing one (update, bulk
 * update, version restore) keeps the value of its current row.
 */
export interface ServerOwnedRule {
  /** The value a new document starts with; `undefined` leaves the field unset. */
  initial?: (req: PayloadRequest) => unknown
  /**
   * Roles that may choose the value themselves on create and update (editors writing on behalf of
   * an author, admins fixing a state by hand). A version restore still keeps the current value.
   */
  setBy?: readonly Role[]
}

const customKey = 'casebookServerOwned'

/**
 * Marks `field` as owned by the server (see {@link ServerOwnedRule}). The admin shows it read-only,
 * unless some role may set it (then the field's own access decides who sees it editable).
 */
export function serverOwned<F extends Field>(field: F, rule: ServerOwnedRule = {}): F {
  return {
    ...field,
    admin: rule.setBy?.length ? field.admin : { ...field.admin, readOnly: true },
    custom: { ...field.custom, [customKey]: rule },
  }
}

/** Timestamps Payload adds to every collection: stamped by the server, never by a client. */
export const timestampRules: Readonly<Record<string, ServerOwnedRule>> = {
  createdAt: { initial: () => new Date().toISOString() },
  updatedAt: { initial: () => new Date().toISOString() },
}

/**
 * Auth collections: the login sessions, which Payload writes itself (straight to the database) on
 * login and logout, and which a sign-up could otherwise seed with sessions of its choosing.
 */
export const authRules: Readonly<Record<string, ServerOwnedRule>> = {
  sessions: {},
}

/** The server-owned top-level fields of a collection and their rules, timestamps included. */
export function serverOwnedRules(fields: readonly Field[]): Record<string, ServerOwnedRule> {
  const rules: Record<string, ServerOwnedRule> = { ...timestampRules }
  for (const field of fields) {
    const rule = field.custom?.[customKey] as ServerOwnedRule | undefined
    if (rule && 'name' in field && typeof field.name === 'string') rules[field.name] = rule
  }
  return rules
}
