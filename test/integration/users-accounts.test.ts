import { beforeAll, describe, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

interface StoredAccount {
  email: string
  role: string
  hash: string
}

const stored = async (id: number): Promise<StoredAccount> =>
  (
    await ctx.sql<StoredAccount & Record<string, unknown>>(
      'select email, role, hash from users where id = $1',
      [id],
    )
  )[0]

const signIn = async (account: TestUser) => api.login(account.email, account.password)

const canSignIn = async (email: string, password: string) =>
  (await api.post('/api/users/login', { json: { email, password } })).status === 200

const updateUser = `mutation ($id: Int!, $data: mutationUserUpdateInput!) {
  updateUser(id: $id, data: $data) { id }
}`

describe('an editor and an admin account (account takeover)', () => {
  let admin: TestUser
  let editor: TestUser
  let editorToken: string
  let adminBefore: StoredAccount

  beforeAll(async () => {
    admin = await createTestUser(ctx.payload, 'admin')
    editor = await createTestUser(ctx.payload, 'editor')
    editorToken = await signIn(editor)
    adminBefore = await stored(admin.user.id)
  })

  const refusedPatches: [string, Record<string, unknown>][] = [
    ['password', { password: 'taken-over-1234' }],
    ['email', { email: 'attacker@example.test' }],
    ['role', { role: 'reader' }],
    ['name', { name: 'Renamed by an editor' }],
  ]

  it.each(refusedPatches)(
    'PATCH /api/users/{admin} with a new %s by an editor answers 403 and changes nothing',
    async (_field, data) => {
      const response = await api.patch(`/api/users/${admin.user.id}`, {
        token: editorToken,
        json: data,
      })
      expect(response.status).toBe(403)
      expect(await stored(admin.user.id)).toEqual(adminBefore)
    },
  )

  it('the admin’s password still works and the attacker’s does not', async () => {
    expect(await canSignIn(admin.email, admin.password)).toBe(true)
    expect(await canSignIn(admin.email, 'taken-over-1234')).toBe(false)
    expect(await canSignIn('attacker@example.test', 'taken-over-1234')).toBe(false)
  })

  it('bulk PATCH /api/users?where[id][equals]={admin} by an editor updates no admin', async () => {
    const response = await api.patch<{ docs: unknown[] }>(
      `/api/users?where[id][equals]=${admin.user.id}`,
      { token: editorToken, json: { password: 'taken-over-1234' } },
    )
    expect(response.status).toBe(200)
    expect(response.body.docs).toEqual([])
    expect(await stored(admin.user.id)).toEqual(adminBefore)
  })

  it('GraphQL updateUser of the admin by an editor is refused (403); the editor’s own succeeds', async () => {
    const refused = await api.graphql(
      updateUser,
      { id: admin.user.id, data: { password: 'taken-over-1234', subscription: { tier: 'free' } } },
      editorToken,
    )
    expect(refused.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await stored(admin.user.id)).toEqual(adminBefore)

    const own = await api.graphql(
      updateUser,
      { id: editor.user.id, data: { name: 'Editor, renamed', subscription: { tier: 'free' } } },
      editorToken,
    )
    expect(own.body.errors).toBeUndefined()
  })

  it('DELETE /api/users/{admin} by an editor answers 403', async () => {
    const response = await api.delete(`/api/users/${admin.user.id}`, { token: editorToken })
    expect(response.status).toBe(403)
    expect(await stored(admin.user.id)).toEqual(adminBefore)
  })

  it('an editor does not read an admin’s email or role', async () => {
    const response = await api.get<Record<string, unknown>>(`/api/users/${admin.user.id}`, {
      token: editorToken,
    })
    expect(response.status).toBe(200)
    expect(response.body.name).toBe(admin.user.name)
    expect(response.body.email).toBeUndefined()
    expect(response.body.role).toBeUndefined()
  })
})

describe('credentials of other accounts', () => {
  it('an editor cannot change an author’s email or password (403), but may rename them', async () => {
    const editor = await createTestUser(ctx.payload, 'editor')
    const author = await createTestUser(ctx.payload, 'author')
    const token = await signIn(editor)
    const before = await stored(author.user.id)
    for (const data of [{ password: 'changed-by-editor-1' }, { email: 'x@example.test' }]) {
      const response = await api.patch(`/api/users/${author.user.id}`, { token, json: data })
      expect(response.status).toBe(403)
    }
    expect(await stored(author.user.id)).toEqual(before)
    expect(await canSignIn(author.email, author.password)).toBe(true)

    const renamed = await api.patch(`/api/users/${author.user.id}`, {
      token,
      json: { name: 'Renamed' },
    })
    expect(renamed.status).toBe(200)
  })

  it('an editor cannot change another editor’s role (403)', async () => {
    const editor = await createTestUser(ctx.payload, 'editor')
    const other = await createTestUser(ctx.payload, 'editor')
    const response = await api.patch(`/api/users/${other.user.id}`, {
      token: await signIn(editor),
      json: { role: 'reader' },
    })
    expect(response.status).toBe(403)
    expect((await stored(other.user.id)).role).toBe('editor')
  })

  it('an admin changes an editor’s email, password and role (200)', async () => {
    const admin = await createTestUser(ctx.payload, 'admin')
    const editor = await createTestUser(ctx.payload, 'editor')
    const email = `moved-${editor.user.id}@example.test`
    const response = await api.patch(`/api/users/${editor.user.id}`, {
      token: await signIn(admin),
      json: { email, password: 'set-by-admin-123', role: 'author' },
    })
    expect(response.status).toBe(200)
    expect((await stored(editor.user.id)).role).toBe('author')
    expect(await canSignIn(email, 'set-by-admin-123')).toBe(true)
  })

  it('a user changes their own email and password (200)', async () => {
    const reader = await createTestUser(ctx.payload, 'reader')
    const email = `self-${reader.user.id}@example.test`
    const response = await api.patch(`/api/users/${reader.user.id}`, {
      token: await signIn(reader),
      json: { email, password: 'my-new-password-1' },
    })
    expect(response.status).toBe(200)
    expect(await canSignIn(email, 'my-new-password-1')).toBe(true)
  })

  it.each(['editor', 'author', 'reader'] as const)(
    'a %s cannot change their own role (403)',
    async (role) => {
      const account = await createTestUser(ctx.payload, role)
      const response = await api.patch(`/api/users/${account.user.id}`, {
        token: await signIn(account),
        json: { role: 'admin' },
      })
      expect(response.status).toBe(403)
      expect((await stored(account.user.id)).role).toBe(role)
    },
  )

  it('saving one’s own account with the role unchanged is fine (the admin form sends it)', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const response = await api.patch(`/api/users/${author.user.id}`, {
      token: await signIn(author),
      json: { role: 'author', email: author.email, name: 'Same role' },
    })
    expect(response.status).toBe(200)
  })

  it('an author cannot update another author (403) nor a reader (403)', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const token = await signIn(author)
    for (const target of [
      await createTestUser(ctx.payload, 'author'),
      await createTestUser(ctx.payload, 'reader'),
    ]) {
      const response = await api.patch(`/api/users/${target.user.id}`, {
        token,
        json: { name: 'Hijacked' },
      })
      expect(response.status).toBe(403)
    }
  })

  it('nobody writes hash, salt or a reset token directly, not even on their own account', async () => {
    const reader = await createTestUser(ctx.payload, 'reader')
    const before = await stored(reader.user.id)
    const response = await api.patch(`/api/users/${reader.user.id}`, {
      token: await signIn(reader),
      json: { hash: 'f'.repeat(64), salt: 'e'.repeat(64), resetPasswordToken: 'known' },
    })
    expect(response.status).toBe(200)
    expect(await stored(reader.user.id)).toEqual(before)
    const [row] = await ctx.sql<{ token: string | null }>(
      'select reset_password_token as token from users where id = $1',
      [reader.user.id],
    )
    expect(row?.token).toBeNull()
  })

  it('unlock is for admins only: an editor gets 403, an admin 200', async () => {
    const target = await createTestUser(ctx.payload, 'reader')
    const editor = await createTestUser(ctx.payload, 'editor')
    const admin = await createTestUser(ctx.payload, 'admin')
    const json = { email: target.email }
    expect(
      (await api.post('/api/users/unlock', { token: await signIn(editor), json })).status,
    ).toBe(403)
    expect((await api.post('/api/users/unlock', { token: await signIn(admin), json })).status).toBe(
      200,
    )
  })
})

describe('sign-up', () => {
  it.each([
    ['reader', 201],
    ['author', 201],
    ['editor', 400],
    ['admin', 400],
  ] as const)('an anonymous sign-up as %s answers %i', async (role, status) => {
    const email = `signup-${role}-${Date.now()}@example.test`
    const response = await api.post('/api/users', {
      json: {
        email,
        password: 'sign-up-pass-1',
        name: 'New',
        handle: `new${role}${Date.now()}`,
        role,
      },
    })
    expect(response.status).toBe(status)
    const rows = await ctx.sql<{ role: string }>('select role from users where email = $1', [email])
    expect(rows.map((row) => row.role)).toEqual(status === 201 ? [role] : [])
  })

  it('defaults the role to reader and ignores a subscription sent with the sign-up', async () => {
    const email = `signup-premium-${Date.now()}@example.test`
    const response = await api.post<{ doc: { id: number } }>('/api/users', {
      json: {
        email,
        password: 'sign-up-pass-1',
        name: 'Hopeful',
        handle: `hopeful${Date.now()}`,
        subscription: { tier: 'premium', premiumUntil: '2099-01-01T00:00:00.000Z' },
      },
    })
    expect(response.status).toBe(201)
    const rows = await ctx.sql<{ role: string; tier: string; until: string | null }>(
      `select role, subscription_tier as tier, subscription_premium_until as until
         from users where email = $1`,
      [email],
    )
    expect(rows).toEqual([{ role: 'reader', tier: 'free', until: null }])
  })
})
