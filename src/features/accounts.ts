import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { Users } from '../../collections/users'
import { showOnlyPublicProfile } from '../../hooks/showOnlyPublicProfile'
import { handleField } from '../fields/handle'
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
      collection.slug === options.users ? extendHostAccounts(collection) : collection,
    )
  }
  const hooks = {
    ...Users.hooks,
    afterRead: [...(Users.hooks?.afterRead ?? []), showOnlyPublicProfile],
  }
  return [...hostCollections, { ...Users, slug: options.users, hooks }]
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
