import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from './roles'
import { principalOf } from './principal'

const published: Where = { _status: { equals: 'published' } }

/**
 * Read rule of content: staff read everything; an author also reads their own documents in any
 * state (community collections); everyone else reads published documents only.
 */
export const readContent =
  ({ authored }: { authored: boolean }): Access =>
  ({ req }) => {
    const user = principalOf(req)
    if (isStaffUser(user)) return true
    if (authored && user && hasRole(user, 'author')) {
      return { or: [published, { author: { equals: user.id } }] }
    }
    return published
  }

/**
 * Versions and drafts: staff, and authors for their own documents. Payload lets any signed-in user
 * read every version when this is unset, so it is always set.
 */
export const readContentVersions =
  ({ authored }: { authored: boolean }): Access =>
  ({ req }) => {
    const user = principalOf(req)
    if (isStaffUser(user)) return true
    if (authored && user && hasRole(user, 'author')) {
      return { 'version.author': { equals: user.id } }
    }
    return false
  }

/** Community collections: authors create; editorial collections: staff only. */
export const createContent =
  ({ authored }: { authored: boolean }): Access =>
  ({ req }) => {
    const user = principalOf(req)
    return isStaffUser(user) || (authored && hasRole(user, 'author'))
  }

/** Staff edit everything; authors their own documents (community collections). */
export const updateOwnContent =
  ({ authored }: { authored: boolean }): Access =>
  ({ req }) => {
    const user = principalOf(req)
    if (isStaffUser(user)) return true
    if (authored && user && hasRole(user, 'author')) return { author: { equals: user.id } }
    return false
  }

/** Staff delete anything; authors only their own never-published documents. */
export const deleteOwnContent =
  ({ authored }: { authored: boolean }): Access =>
  ({ req }) => {
    const user = principalOf(req)
    if (isStaffUser(user)) return true
    if (authored && user && hasRole(user, 'author')) {
      const own: Where = { author: { equals: user.id } }
      const unpublished: Where = { reviewStatus: { not_equals: 'published' } }
      return { and: [own, unpublished] }
    }
    return false
  }
