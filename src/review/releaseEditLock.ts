import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/registry'
import { isHeldBy } from '../locks/holder'

/**
 * Releases the caller's own edit lock on the document, inside the review action's transaction.
 * The admin takes a lock when someone starts editing and keeps it after their save; once the
 * author has submitted (or an editor has decided), that lock would show the next person a
 * "Document locked" dialog for an edit that is over. Other people's locks stay. (Locks are
 * looked up by document and matched to the caller here: whether `user` can be queried by
 * collection depends on how many account collections the config has.)
 */
export async function releaseCallersEditLock(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  caller: { collection: string; id: number | string },
): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const lock of docs) {
    if (!isHeldBy(lock.user, caller)) continue
    await req.payload.delete({
      collection: 'payload-locked-documents',
      id: lock.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
