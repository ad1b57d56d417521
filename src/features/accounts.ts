import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { Users } from '../../collections/users'
import { checkReassignTarget } from '../../hooks/checkReassignTarget'
import { deleteAccountsAsAWhole } from '../../hooks/deleteAccountsAsAWhole'
import { guardUserDeletion } from '../../hooks/guardUserDeletion'
import { keepAnAdmin } from '../../hooks/keepAnAdmin'
import { reassignDeletedAccount } from '../../hooks/reassignDeletedAccount'
import { refuseFormerMemberSignIn } from '../../hooks/refuseFormerMemberSignIn'
import { showOnlyPublicProfile } from '../../hooks/showOnlyPublicProfile'
import { notFormerMember } from '../access/accounts'
import { allOf } from '../access/combine'
import { handleField } from '../fields/handle'
import { appendHooks } from './appendHooks'
import type { SanitizedCasebookOptions } from '../types'

/** The slug casebook's own collections are written against for accounts. */
const defaultAccounts = 'users'

const hasField = (fields: Field[], name: string): boolean =>
  fields.some((field) => 'name' in field && field.name === name)

/** The public profile casebook shows for authors: a display name and a unique @handle. */
const profileFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, maxLength: 120 },
  handleField(),
]

/**
 * The host's accounts collection keeps its own fields, access and hooks; casebook adds the public
 * profile it shows on cards and author pages when the collection lacks it.
 */
function extendHostAccounts(collection: CollectionConfig): CollectionConfig {
  if (!collection.auth) {
    throw new Error(
      `casebookPlugin: users names ${collection.slug}, which is not an auth collection`,
    )
  }
  const missing = profileFields().filter(
    (field) => 'name' in field && !hasField(collection.fields, field.name),
  )
  return { ...collection, fields: [...collection.fields, ...missing] }
}

/**
 * Which private fields a staff member reads depends on the account's role (src/access/accounts.ts):
 * a read that selects fields (`select`, GraphQL) still loads it, or the rule would fail closed.
 */
const withRoleSelected = (collection: CollectionConfig): CollectionConfig =>
  hasField(collection.fields, 'role')
    ? { ...collection, forceSelect: { ...collection.forceSelect, role: true } }
    : collection

/**
 * Account deletion keeps what the account leaves behind (content reassigned, review history
 * anonymised, the last admin kept) on every delete path; the "former member" placeholder that
 * receives it is never edited, deleted or signed in to over the API.
 */
function withAccountLifecycle(collection: CollectionConfig): CollectionConfig {
  const withHooks = appendHooks(withRoleSelected(collection), {
    beforeOperation: [checkReassignTarget],
    beforeDelete: [guardUserDeletion, reassignDeletedAccount],
    afterOperation: [deleteAccountsAsAWhole, keepAnAdmin],
    beforeLogin: [refuseFormerMemberSignIn],
  })
  const access = collection.access ?? {}
  return {
    ...withHooks,
    access: {
      ...access,
      update: allOf(access.update, notFormerMember),
      delete: allOf(access.delete, notFormerMember),
    },
  }
}

/**
 * The accounts collection: the host's (extended with what casebook needs) when the config has a
 * collection named `options.users`, else casebook's own under that slug.
 */
export function withAccounts(
  hostCollections: CollectionConfig[],
  options: SanitizedCasebookOptions,
): CollectionConfig[] {
  const hostHasAccounts = hostCollections.some(({ slug }) => slug === options.users)
  if (hostHasAccounts) {
    return hostCollections.map((collection) =>
      collection.slug === options.users
        ? withAccountLifecycle(extendHostAccounts(collection))
        : collection,
    )
  }
  const hooks = {
    ...Users.hooks,
    afterRead: [...(Users.hooks?.afterRead ?? []), showOnlyPublicProfile],
  }
  return [...hostCollections, withAccountLifecycle({ ...Users, slug: options.users, hooks })]
}

function pointFieldsAt(fields: Field[], slug: string): Field[] {
  return fields.map((field) => {
    if (field.type === 'relationship' && field.relationTo === defaultAccounts) {
      return { ...field, relationTo: slug as CollectionSlug } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: pointFieldsAt(field.fields, slug) } as Field
    }
    return field
  })
}

/** One of casebook's collections with its account relationships (author, user, by) pointing at `slug`. */
export function pointAccountsAt(collection: CollectionConfig, slug: string): CollectionConfig {
  if (slug === defaultAccounts) return collection
  return { ...collection, fields: pointFieldsAt(collection.fields, slug) }
}
