import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

/** Where the generated secret waits for `revealGeneratedSecret`, for this request only. */
export const generatedSecretKey = 'casebook.generatedWebhookSecret'

/**
 * A webhook created without a secret gets a random one (256 bits): every delivery is signed. It
 * is kept on the request context so the create response, and only it, can return it.
 */
export const generateWebhookSecret: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  if (operation !== 'create' || (typeof data.secret === 'string' && data.secret !== '')) return data
  const secret = `whsec_${randomBytes(32).toString('hex')}`
  context[generatedSecretKey] = secret
  return { ...data, secret }
}
