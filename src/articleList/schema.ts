import {
  createLocalReq,
  type CollectionSlug,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'
import { isDeepStrictEqual } from 'node:util'

import { showOnlyPublicProfile } from '../../hooks/showOnlyPublicProfile'
import { casebookOptionsOf } from '../access/principal'
import { closingFieldTypes, publicationFieldTypes } from '../contentRead/publication'
import { fieldsReadAsStored } from '../graphql/directList/readHooks'
import { expectedTagFields, fieldsOf, sameList } from '../lessonBySlug/schema'

/**
 * The fields, in order, of the community articles the direct list was written for. A deployment
 * whose articles differ (a field added, renamed or retyped) is answered by Payload instead.
 */
const expectedArticleFields = [
  'title:text',
  'slug:text',
  'summary:textarea',
  'kind:select',
  'content:richText',
  'tags:relationship',
  'author:relationship',
  ...publicationFieldTypes,
  'rating:group(count,sum,average)',
  ...closingFieldTypes,
]

/** What an anonymous reader may read of each collection the list reads, as Payload evaluates it. */
const expectedAnonymousAccess = {
  articles: { _status: { equals: 'published' } },
  tags: true,
  accounts: true,
}

const readAccessOf = async (config: SanitizedCollectionConfig, payload: Payload) =>
  config.access.read?.({ req: await createLocalReq({}, payload) })

/** Accounts whose only read hook is the public profile, with its `name` and `handle` as text. */
const showsPublicProfiles = (accounts: SanitizedCollectionConfig): boolean => {
  const fields = fieldsOf(accounts)
  return (
    fieldsReadAsStored(accounts) !== undefined &&
    accounts.hooks.afterRead?.length === 1 &&
    accounts.hooks.afterRead[0] === showOnlyPublicProfile &&
    fields.includes('name:text') &&
    fields.includes('handle:text')
  )
}

/**
 * Whether this Payload's community articles, tags and accounts are the ones the direct list
 * answers for: casebook's fields, no read hooks but the accounts' public profile, and an anonymous
 * reader allowed published articles, every tag and every public profile (access evaluated once,
 * with no user: casebook's read rules depend on the user only).
 */
export async function answersArticleListsDirectly(payload: Payload): Promise<boolean> {
  const articles = payload.collections['community-articles']?.config
  const tags = payload.collections.tags?.config
  const accountsSlug = casebookOptionsOf(payload.config).users as CollectionSlug
  const accounts = payload.collections[accountsSlug]?.config
  if (!articles || !tags || !accounts || articles.trash || accounts.trash) return false
  if (!sameList(fieldsOf(articles), expectedArticleFields)) return false
  if (!sameList(fieldsOf(tags), expectedTagFields)) return false
  const noReadHooks = (config: SanitizedCollectionConfig) =>
    fieldsReadAsStored(config) !== undefined && (config.hooks.afterRead?.length ?? 0) === 0
  if (!noReadHooks(articles) || !noReadHooks(tags) || !showsPublicProfiles(accounts)) return false
  const access = {
    articles: await readAccessOf(articles, payload),
    tags: await readAccessOf(tags, payload),
    accounts: await readAccessOf(accounts, payload),
  }
  return isDeepStrictEqual(access, expectedAnonymousAccess)
}
