import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../../payload-types'

export interface TestUser {
  user: User
  email: string
  password: string
}

let sequence = 0

/** Creates a user through the Local API (trusted), with a random password. */
export async function createTestUser(
  payload: Payload,
  role: User['role'],
  overrides: Partial<Pick<User, 'name' | 'handle' | 'subscription'>> = {},
): Promise<TestUser> {
  sequence += 1
  const tag = `${role}${sequence}${randomBytes(3).toString('hex')}`
  const email = `${tag}@example.test`
  const password = randomBytes(12).toString('base64url')
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password,
      name: overrides.name ?? `Test ${role} ${sequence}`,
      handle: overrides.handle ?? tag,
      role,
      subscription: overrides.subscription ?? { tier: 'free' },
      // Created as an admin would: verified, no verification email.
      _verified: true,
    },
  })
  return { user, email, password }
}

export interface TestFrontend extends TestUser {
  apiKey: string
  /** The credential to pass as `token` to the test clients (`users API-Key <key>`). */
  token: string
}

/**
 * Creates a `frontend` service account with an API key through the Local API (trusted). Its
 * subscription is premium, to show that a service account reads no premium body anyway.
 */
export async function createFrontendAccount(payload: Payload): Promise<TestFrontend> {
  const account = await createTestUser(payload, 'frontend', {
    subscription: { tier: 'premium', premiumUntil: null },
  })
  const apiKey = randomBytes(24).toString('hex')
  await payload.update({
    collection: 'users',
    id: account.user.id,
    data: { enableAPIKey: true, apiKey },
  })
  return { ...account, apiKey, token: `users API-Key ${apiKey}` }
}
