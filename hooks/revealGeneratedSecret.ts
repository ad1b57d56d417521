import type { CollectionAfterChangeHook } from 'payload'

import { generatedSecretKey } from './generateWebhookSecret'

/**
 * The create response of a webhook whose secret was generated carries it, once: the caller has no
 * other way to learn it, and no read returns it afterwards.
 */
export const revealGeneratedSecret: CollectionAfterChangeHook = ({ context, doc, operation }) => {
  const secret = context[generatedSecretKey]
  if (operation !== 'create' || typeof secret !== 'string') return doc
  delete context[generatedSecretKey]
  return { ...doc, secret }
}
