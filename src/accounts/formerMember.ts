import { randomBytes } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import { lockAccountDeletions } from './deletion'
import {
  creatingFormerMember,
  formerMemberEmail,
  formerMemberHandle,
  formerMemberName,
} from './formerMemberIdentity'

/** Where one operation keeps the placeholder's id once it has it (bulk deletes run in parallel). */
const formerMemberIdKey = 'casebookFormerMemberId'

interface KnownId {
  transactionID: PayloadRequest['transactionID']
  id: Promise<number>
}

async function findOrCreate(req: PayloadRequest): Promise<number> {
  const collection = casebookOptionsOf(req.payload.config).users as CollectionSlug
  // Held until the transaction ends: a concurrent deletion waits here, then finds the account.
  await lockAccountDeletions(req)
  const { docs } = await req.payload.find({
    collection,
    where: { handle: { equals: formerMemberHandle } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return Number(docs[0].id)
  const previous = req.context[creatingFormerMember]
  req.context[creatingFormerMember] = true
  try {
    const created = await req.payload.create({
      collection,
      data: {
        email: formerMemberEmail,
        // Never stored anywhere: nobody signs in as the placeholder (and it stays unverified).
        password: randomBytes(32).toString('base64url'),
        name: formerMemberName,
        handle: formerMemberHandle,
        role: 'reader',
        _verified: false,
      } as never,
      disableVerificationEmail: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Number(created.id)
  } finally {
    req.context[creatingFormerMember] = previous
  }
}

/**
 * The id of the "former member" placeholder, created in the request's transaction the first time
 * it is needed. One operation asks once, however many accounts it deletes.
 */
export function formerMemberId(req: PayloadRequest): Promise<number> {
  const known = req.context[formerMemberIdKey] as KnownId | undefined
  if (known && known.transactionID === req.transactionID) return known.id
  const id = findOrCreate(req)
  req.context[formerMemberIdKey] = { transactionID: req.transactionID, id } satisfies KnownId
  return id
}
