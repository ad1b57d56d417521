import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { isStaffUser } from '../src/access/roles'
import { principalOf } from '../src/access/principal'

interface LockTarget {
  relationTo?: unknown
  value?: unknown
}

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value

const refused = () => new APIError('You may not lock this document.', 403)

/**
 * A caller locks only a document they may update: the target collection's own update access
 * decides (a `Where` is checked against the document). Global locks are for staff. Server code
 * without a user is trusted.
 */
export const guardLockTarget: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = principalOf(req)
  if (!user) return data
  const globalSlug = (data.globalSlug ?? originalDoc?.globalSlug) as unknown
  const target = (data.document ?? originalDoc?.document) as LockTarget | null | undefined
  if (globalSlug) {
    if (!isStaffUser(user) || target) throw refused()
    return data
  }
  const slug = typeof target?.relationTo === 'string' ? target.relationTo : undefined
  const id = idOf(target?.value)
  const collections = req.payload.collections as Partial<
    Record<string, { config: SanitizedCollectionConfig }>
  >
  const collection = slug ? collections[slug] : undefined
  if (!collection || (typeof id !== 'number' && typeof id !== 'string')) throw refused()
  const access = collection.config.access.update
  const allowed = access ? await access({ req, id: id as number, data: undefined }) : true
  if (!allowed) throw refused()
  const where: Where =
    allowed === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, allowed] }
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug as CollectionSlug,
    where,
    req,
    overrideAccess: true,
  })
  if (totalDocs === 0) throw refused()
  return data
}
