/** Roles a user can have, from most to least privileged. */
export const roles = ['admin', 'editor', 'author', 'reader'] as const
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

/** A role's rank: higher acts on lower or equal, never on higher (admin > editor > author > reader). */
export function rankOf(role: Role | null | undefined): number {
  return role ? roles.length - roles.indexOf(role) : 0
}

/** Roles at or below `role`'s rank: the accounts a user of that role may act on at all. */
export function rolesAtOrBelow(role: Role | null | undefined): Role[] {
  return roles.filter((candidate) => rankOf(candidate) <= rankOf(role))
}
