/** Roles of people, from most to least privileged. */
export const personRoles = ['admin', 'editor', 'author', 'reader'] as const

/**
 * Roles of service accounts: `frontend` is a server-side site that reads published content with
 * an API key, exactly as an anonymous visitor does, and writes nothing.
 */
export const serviceRoles = ['frontend'] as const

/** Roles a user can have. */
export const roles = [...personRoles, ...serviceRoles] as const
export type Role = (typeof roles)[number]

/** Roles a visitor may pick when signing up; the others are granted by an admin. */
export const selfServiceRoles: readonly Role[] = ['reader', 'author']

/**
 * The caller as access decisions see it (`principalOf(req)`): the account, its casebook role and
 * whether it reads premium bodies by subscription.
 */
export interface Principal {
  id: number | string
  role?: Role | null
  /** Reads premium bodies by subscription (staff and a document's author are decided apart). */
  premium?: boolean
  /** The accounts collection the user belongs to. */
  collection?: string
}

export function hasRole(user: Principal | null | undefined, ...allowed: Role[]): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}

/** Editors and admins: the people who run the site. */
export function isStaffUser(user: Principal | null | undefined): boolean {
  return hasRole(user, 'admin', 'editor')
}

/** A service account (`frontend`): reads what anonymous visitors read, writes nothing. */
export function isServiceAccount(user: Principal | null | undefined): boolean {
  return hasRole(user, ...serviceRoles)
}

/**
 * A role's rank: higher acts on lower or equal, never on higher (admin > editor > author > reader).
 * Service accounts rank with admins, so only admins manage them.
 */
export function rankOf(role: Role | null | undefined): number {
  if (!role) return 0
  const people: readonly Role[] = personRoles
  if (!people.includes(role)) return people.length
  return people.length - people.indexOf(role)
}

/** Roles at or below `role`'s rank: the accounts a user of that role may act on at all. */
export function rolesAtOrBelow(role: Role | null | undefined): Role[] {
  return roles.filter((candidate) => rankOf(candidate) <= rankOf(role))
}
