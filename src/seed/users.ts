import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'

import { runSQL } from '../db/sql'
import type { SeedContext } from './context'
import type { SeedUser } from './data/users'
import { seedAccounts, seedEmail } from './plan'

const accountData = ({ handle, name, role }: SeedUser) => ({
  email: seedEmail(handle),
  name,
  handle,
  role,
  subscription: { tier: 'free' as const },
  _verified: true,
})

/**
 * Creates the missing accounts. Payload hashes a password with 600,000 PBKDF2 rounds, which
 * would make the seed take seconds per dozen users; so the first account is created through the
 * Local API (Payload hashes its password) and the others share that salt and hash, written
 * through the database adapter. The password is SEED_PASSWORD, or random and never shown.
 */
async function createAccounts(
  { payload, req }: SeedContext,
  missing: SeedUser[],
  password: string,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  if (missing.length === 0) return ids
  const [first, ...rest] = missing
  const created = await payload.create({
    collection: 'users',
    data: { ...accountData(first), password },
    depth: 0,
    req,
  })
  ids.set(first.handle, created.id)
  const [secret] = await runSQL<{ salt: string; hash: string }>(
    req,
    sql`SELECT salt, hash FROM users WHERE id = ${created.id}`,
  )
  for (const user of rest) {
    const row = await payload.db.create({
      collection: 'users',
      data: { ...accountData(user), ...secret, loginAttempts: 0 },
      req,
    })
    ids.set(user.handle, Number(row.id))
  }
  return ids
}

/**
 * The seeded accounts, found again by handle. An account the seed created earlier is corrected
 * (name, role); an account someone else registered under that handle is used as is. Passwords
 * are set only on creation. Returns user ids by handle.
 */
export async function upsertUsers(
  context: SeedContext,
  password: string | undefined,
): Promise<Map<string, number>> {
  const { payload, req, tally } = context
  const { docs } = await payload.find({
    collection: 'users',
    where: { handle: { in: seedAccounts.map((user) => user.handle) } },
    pagination: false,
    depth: 0,
    req,
  })
  const stored = new Map(docs.map((doc) => [doc.handle, doc]))
  const ids = new Map<string, number>()
  for (const { handle, name, role } of seedAccounts) {
    const existing = stored.get(handle)
    if (!existing) continue
    ids.set(handle, existing.id)
    const ours = existing.email === seedEmail(handle)
    if (ours && (existing.name !== name || existing.role !== role)) {
      await payload.update({ collection: 'users', id: existing.id, data: { name, role }, req })
      tally.add('users', 'updated')
    } else {
      tally.add('users', 'unchanged')
    }
  }
  const missing = seedAccounts.filter((user) => !stored.has(user.handle))
  const secret = password ?? randomBytes(18).toString('base64url')
  for (const [handle, id] of await createAccounts(context, missing, secret)) ids.set(handle, id)
  tally.add('users', 'created', missing.length)
  return ids
}
