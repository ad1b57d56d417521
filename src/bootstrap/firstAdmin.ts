import { randomBytes } from 'node:crypto'

import { sql } from 'drizzle-orm'
import { createLocalReq, type Payload } from 'payload'

import { inTransaction, runSQL } from '../db/sql'

/** Instances starting together on an empty database must create one first admin, not two. */
const firstAdminLock = 0x63617365 // "case"

/**
 * On an empty database, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD. Without a
 * password a random one is generated and printed once (a JSON log line in production): there is
 * no default password.
 */
export async function ensureFirstAdmin(
  payload: Payload,
  { pretty }: { pretty: boolean },
): Promise<void> {
  const email = process.env.ADMIN_EMAIL ?? 'admin@casebook.localhost'
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url')
  const req = await createLocalReq({}, payload)
  const created = await inTransaction(req, async () => {
    // Held until the transaction ends: a second instance waits, then finds the admin.
    await runSQL(req, sql`select pg_advisory_xact_lock(${firstAdminLock})`)
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true, req })
    if (totalDocs > 0) return false
    // Trusted server code: the Local API without a user may assign the admin role.
    await payload.create({
      collection: 'users',
      req,
      data: {
        email,
        password,
        name: 'Administrator',
        handle: 'admin',
        role: 'admin',
        subscription: { tier: 'free' },
        _verified: true,
      },
    })
    return true
  })
  if (!created) return
  if (process.env.ADMIN_PASSWORD) {
    payload.logger.info(`Created the first admin: ${email}`)
  } else if (!pretty) {
    payload.logger.warn({
      msg: 'Created the first admin with a generated password (shown once; set ADMIN_EMAIL/ADMIN_PASSWORD to choose them)',
      email,
      password,
    })
  } else {
    console.info(
      `\n  First admin created — sign in at /admin with\n    email:    ${email}\n    password: ${password}\n  (shown once; set ADMIN_EMAIL/ADMIN_PASSWORD to choose them)\n`,
    )
  }
}
