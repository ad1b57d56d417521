import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/registry'

/**
 * Releases the caller's own edit lock on the document, inside the review action's transaction.
 * The admin takes a lock when someone starts editing and keeps it after their save; once the
 * author has submitted (or an editor has decided), that lock would show the next person a
 * "Document locked" dialog for an edit that is over. Other people's locks stay.
 */
export async function releaseCallersEditLock(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  userId: number,
): Promise<void> {
  await req.payload.delete({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        { 'user.relationTo': { equals: 'users' } },
        { 'user.value': { equals: userId } },
      ],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
