import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, anyone } from '../src/access'
import {
  adminOnlyVerification,
  deleteAccounts,
  readPrivateAccountField,
  updateAccounts,
  writeOwnCredentialField,
} from '../src/access/accounts'
import { principalOf } from '../src/access/principal'
import { hasRole, roles } from '../src/access/roles'
import { apiKeyFields } from '../src/fields/apiKey'
import { handleField } from '../src/fields/handle'
import { restrictEmailChange } from '../hooks/restrictEmailChange'
import { restrictPasswordChange } from '../hooks/restrictPasswordChange'
import { restrictRoleAssignment } from '../hooks/restrictRoleAssignment'
import { verifyAccountsCreatedByAdmins } from '../hooks/verifyAccountsCreatedByAdmins'
import { verificationHTML, verificationSubject } from '../src/email/verification'

/**
 * Accounts. Profiles (name, handle) are public so content can show its author; email, role,
 * subscription and sessions are readable only by the user, admins, and editors for accounts that
 * do not outrank them. Ranks: admin > editor > author > reader; nobody acts on a higher rank, and
 * only admins change another account's email, password or role. Service accounts (`frontend`) are
 * managed by admins only, and only admins see or set API keys. An account holder deletes their
 * own account and admins any (see `withAccountLifecycle` for what deletion keeps).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'handle', 'email', 'role'],
    group: 'Accounts',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 2 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
    // `Authorization: users API-Key <key>`: how server-side frontends (role `frontend`) sign in.
    useAPIKey: { reveal: true },
    // A self sign-up confirms its address before it can sign in (403 until then). Accounts that
    // admins or trusted server code create are verified from the start.
    verify: { generateEmailSubject: verificationSubject, generateEmailHTML: verificationHTML },
  },
  // What a populated author carries (depth ≥ 1): the public profile. Without it Payload loads the
  // whole account for every author (with a join on its sessions) and then hides the private parts.
  // `populate[users][email]=true` still asks for more, subject to the same field access.
  defaultPopulate: { name: true, handle: true, updatedAt: true, createdAt: true },
  access: {
    read: anyone,
    create: anyone,
    update: updateAccounts,
    delete: deleteAccounts,
    admin: ({ req }) => hasRole(principalOf(req), 'admin', 'editor', 'author'),
    unlock: adminOnly,
  },
  hooks: {
    beforeOperation: [verifyAccountsCreatedByAdmins],
    beforeValidate: [restrictPasswordChange],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      access: { read: readPrivateAccountField, update: writeOwnCredentialField },
      hooks: { beforeValidate: [restrictEmailChange] },
    },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    handleField(),
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'reader',
      saveToJWT: true,
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: { read: readPrivateAccountField, update: adminOnlyField },
      hooks: { beforeValidate: [restrictRoleAssignment] },
    },
    {
      name: 'subscription',
      type: 'group',
      access: { read: readPrivateAccountField, create: adminOnlyField, update: adminOnlyField },
      // Filled by the server (tier defaults to free; only admins set it), and unreadable to most
      // callers: optional in the generated types, so a self sign-up's typed create leaves it out.
      typescriptSchema: [({ jsonSchema }) => ({ ...jsonSchema, required: false })],
      fields: [
        {
          name: 'tier',
          type: 'select',
          required: true,
          defaultValue: 'free',
          options: [
            { label: 'Free', value: 'free' },
            { label: 'Premium', value: 'premium' },
          ],
        },
        {
          name: 'premiumUntil',
          type: 'date',
          admin: { description: 'Empty means premium does not expire.' },
        },
      ],
    },
    ...apiKeyFields(),
    // Payload's own field, with tighter access: its default lets any signed-in user read it on
    // every account and set it when creating one.
    {
      name: '_verified',
      type: 'checkbox',
      access: {
        read: adminOnlyVerification,
        create: adminOnlyVerification,
        update: adminOnlyVerification,
      },
    },
  ],
}
