import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '../src/access/roles'
import { principalOf } from '../src/access/principal'
import { isHeldBy } from '../src/locks/holder'

/** Payload's lock duration when a collection does not set one, in seconds. */
const defaultLockSeconds = 300

/**
 * An author's edit lock never blocks staff saving or deleting that document (Payload answers 423
 * to anyone but the holder of a fresh lock): staff coordinate on each other's locks only, the same
 * locks the admin shows them (`locksThatCount`). A fresh lock of another editor still blocks.
 */
export const letStaffPassAuthorsLocks: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, overrideLock } = args as { id?: number | string; overrideLock?: boolean }
  if ((operation !== 'update' && operation !== 'delete') || overrideLock || id === undefined) {
    return args
  }
  const caller = principalOf(req)
  // Odd ids are left to the operation, which refuses them.
  if (!caller || !isStaffUser(caller) || !/^\d+$/.test(String(id))) return args
  const seconds =
    typeof collection.lockDocuments === 'object'
      ? collection.lockDocuments.duration
      : defaultLockSeconds
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.relationTo': { equals: collection.slug } },
        { 'document.value': { equals: id } },
        { updatedAt: { greater_than: new Date(Date.now() - seconds * 1000).toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const heldByOthers = docs.some((lock) => !isHeldBy(lock.user, caller))
  return heldByOthers ? args : { ...args, overrideLock: true }
}
