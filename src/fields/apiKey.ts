import type { Field, FieldAccess } from 'payload'

import { adminOnlyField } from '../access'

const never: FieldAccess = () => false

/**
 * Access of Payload's API key fields (`auth.useAPIKey`), which Payload merges with its own
 * definitions. Payload lets anyone who reaches the admin set a key, and anyone who reads the
 * account see whether it is enabled; here only admins enable, set, regenerate or reveal a key and
 * see that one exists. Nobody reads the stored key or its index through the API (admins reveal it
 * in the admin, through Payload's reveal endpoint, which checks the same access).
 */
export function apiKeyFields(): Field[] {
  return [
    {
      name: 'enableAPIKey',
      type: 'checkbox',
      access: { read: adminOnlyField, create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'apiKey',
      type: 'text',
      access: { read: never, create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'apiKeyIndex',
      type: 'text',
      // Every API-key request looks its account up by this HMAC of the key.
      index: true,
      access: { read: never, create: adminOnlyField, update: adminOnlyField },
    },
    { name: 'hasAPIKey', type: 'checkbox', virtual: true, access: { read: adminOnlyField } },
  ]
}
