import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

/**
 * On an empty database, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD. Without a
 * password a random one is generated and printed once (a JSON log line in production): there is
 * no default password.
 */
export async function ensureFirstAdmin(
  payload: Payload,
  { pretty }: { pretty: boolean },
): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  const email = process.env.ADMIN_EMAIL ?? 'admin@casebook.localhost'
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url')
  // Trusted server code: the Local API without a user may assign the admin role.
  await payload.create({
    collection: 'users',
    data: {
      email,
      password,
      name: 'Administrator',
      handle: 'admin',
      role: 'admin',
      subscription: { tier: 'free' },
    },
  })
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
