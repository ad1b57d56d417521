import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it, jest } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { mailsSince, outboxMark, signUp, type Member } from '../helpers/review'

const { ctx, api } = useTestApp()

let admin: Member
let reader: Member

beforeAll(async () => {
  ;[admin, reader] = await Promise.all([signUp(ctx, api, 'admin'), signUp(ctx, api, 'reader')])
})

const fresh = () => {
  const handle = `v${randomBytes(4).toString('hex')}`
  return { email: `${handle}@example.test`, password: 'verify-pass-1', name: 'Vera', handle }
}

async function storedVerification(email: string) {
  const [row] = await ctx.sql<{ verified: boolean | null; token: string | null }>(
    'SELECT _verified AS verified, _verificationtoken AS token FROM users WHERE email = $1',
    [email],
  )
  return row
}

const linkPattern = /\/admin\/users\/verify\/([0-9a-f]{40})/

describe('a self sign-up', () => {
  it('gets a plain verification email and cannot sign in until the link is followed', async () => {
    const account = fresh()
    const mark = outboxMark()
    const created = await api.post<{ doc: Record<string, unknown> }>('/api/users', {
      json: { ...account, role: 'author' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc).not.toHaveProperty('_verified')
    expect(created.body.doc).not.toHaveProperty('_verificationToken')
    expect(created.text).not.toMatch(/[0-9a-f]{40}/)

    const mails = mailsSince(mark, account.email)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.subject).toBe('Confirm your email address for casebook')
    const stored = await storedVerification(account.email)
    expect(stored?.verified).toBe(false)
    const link = `${ctx.config.serverURL}/admin/users/verify/${stored?.token}`
    expect(mail.text).toContain(link)
    expect(mail.text).toMatch(/^Hello Vera,/)
    expect(mail.text).not.toMatch(/<[a-z]/)
    expect(mail.html).toContain(`<a href="${link}">`)

    const early = await api.post('/api/users/login', {
      json: { email: account.email, password: account.password },
    })
    expect(early.status).toBe(403)
    expect(early.text).not.toContain('token":"')

    const token = linkPattern.exec(mail.text)?.[1]
    const verified = await api.post(`/api/users/verify/${token}`)
    expect(verified.status).toBe(200)
    expect(await storedVerification(account.email)).toEqual({ verified: true, token: null })
    const signedIn = await api.login(account.email, account.password)
    expect(signedIn).toEqual(expect.any(String))

    const again = await api.post(`/api/users/verify/${token}`)
    expect(again.status).toBe(403)
  })

  it('refuses a wrong token (403) and verifies nobody', async () => {
    const account = fresh()
    expect((await api.post('/api/users', { json: account })).status).toBe(201)
    const wrong = await api.post(`/api/users/verify/${'0'.repeat(40)}`)
    expect(wrong.status).toBe(403)
    expect((await storedVerification(account.email))?.verified).toBe(false)
  })

  it('cannot skip verification with `_verified: true` over REST, anonymous or signed in', async () => {
    for (const token of [undefined, reader.token]) {
      const account = fresh()
      const mark = outboxMark()
      const created = await api.post('/api/users', {
        token,
        json: { ...account, _verified: true, _verificationToken: 'chosen' },
      })
      expect(created.status).toBe(201)
      const stored = await storedVerification(account.email)
      expect(stored?.verified).toBe(false)
      expect(stored?.token).toMatch(/^[0-9a-f]{40}$/)
      expect(mailsSince(mark, account.email)).toHaveLength(1)
      const login = await api.post('/api/users/login', {
        json: { email: account.email, password: account.password },
      })
      expect(login.status).toBe(403)
    }
  })

  it('cannot skip verification with `_verified: true` over GraphQL', async () => {
    const account = fresh()
    const response = await api.graphql<{ createUser: Record<string, unknown> }>(
      `mutation ($data: mutationUserInput!) { createUser(data: $data) { id _verified } }`,
      { data: { ...account, subscription: { tier: 'free' }, _verified: true } },
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.createUser._verified ?? null).toBeNull()
    expect((await storedVerification(account.email))?.verified).toBe(false)
  })

  it('cannot verify itself by updating `_verified` once signed in elsewhere', async () => {
    const account = fresh()
    const created = await api.post<{ doc: { id: number } }>('/api/users', { json: account })
    const patched = await api.patch(`/api/users/${created.body.doc.id}`, {
      token: reader.token,
      json: { _verified: true },
    })
    expect(patched.status).toBe(403)
    expect((await storedVerification(account.email))?.verified).toBe(false)
    const own = await api.patch(`/api/users/${reader.user.id}`, {
      token: reader.token,
      json: { _verified: false },
    })
    expect(own.status).toBe(200)
    expect((await storedVerification(reader.email))?.verified).toBe(true)
  })
})

describe('without SMTP (development)', () => {
  it('writes the verification email, link included, to the log', async () => {
    const account = fresh()
    const logged: string[] = []
    const spy = jest.spyOn(console, 'info').mockImplementation((line: unknown) => {
      logged.push(String(line))
    })
    process.env.EMAIL_LOG = 'on'
    try {
      expect((await api.post('/api/users', { json: account })).status).toBe(201)
    } finally {
      process.env.EMAIL_LOG = 'off'
      spy.mockRestore()
    }
    const token = (await storedVerification(account.email))?.token
    const entry = logged.find((line) => line.includes(`to=${account.email}`))
    expect(entry).toContain('subject="Confirm your email address for casebook"')
    expect(entry).toContain(`/admin/users/verify/${token}`)
  })
})

describe('EMAIL_LOG=subject (the production default without SMTP)', () => {
  it('logs the subject but not the link, which is a credential', async () => {
    const account = fresh()
    const logged: string[] = []
    const spy = jest.spyOn(console, 'info').mockImplementation((line: unknown) => {
      logged.push(String(line))
    })
    process.env.EMAIL_LOG = 'subject'
    try {
      expect((await api.post('/api/users', { json: account })).status).toBe(201)
    } finally {
      process.env.EMAIL_LOG = 'off'
      spy.mockRestore()
    }
    const entry = logged.find((line) => line.includes(`to=${account.email}`))
    expect(entry).toContain('subject="Confirm your email address for casebook"')
    expect(entry).not.toContain('/verify/')
  })
})

describe('accounts created by an admin', () => {
  it('are verified at once and get no verification email', async () => {
    const account = fresh()
    const mark = outboxMark()
    const created = await api.post('/api/users', { token: admin.token, json: account })
    expect(created.status).toBe(201)
    expect(mailsSince(mark, account.email)).toEqual([])
    expect((await storedVerification(account.email))?.verified).toBe(true)
    expect(await api.login(account.email, account.password)).toEqual(expect.any(String))
  })
})

describe('verification state does not leak', () => {
  it('is not in any account read by the account itself or by others', async () => {
    const own = await api.get<Record<string, unknown>>(`/api/users/${reader.user.id}`, {
      token: reader.token,
    })
    expect(own.body).not.toHaveProperty('_verified')
    expect(own.body).not.toHaveProperty('_verificationToken')
    const me = await api.get<{ user: Record<string, unknown> }>('/api/users/me', {
      token: reader.token,
    })
    expect(me.body.user).not.toHaveProperty('_verificationToken')
    expect(me.body.user).not.toHaveProperty('_verified')
    const list = await api.get('/api/users?limit=100', { token: reader.token })
    expect(list.text).not.toContain('_verif')
    const byAdmin = await api.get('/api/users?limit=100', { token: admin.token })
    expect(byAdmin.text).not.toContain('_verificationToken')
    const gql = await api.graphql<{ Users: { docs: Record<string, unknown>[] } }>(
      '{ Users(limit: 100) { docs { id _verified _verificationToken } } }',
      undefined,
      reader.token,
    )
    for (const doc of gql.body.data?.Users.docs ?? []) {
      expect(doc._verified ?? null).toBeNull()
      expect(doc._verificationToken ?? null).toBeNull()
    }
  })

  it('cannot be filtered or sorted on by a non-admin', async () => {
    const account = fresh()
    await api.post('/api/users', { json: account })
    for (const query of [
      'where[_verificationToken][like]=a',
      'where[_verificationToken][exists]=true',
      'where[_verified][equals]=false',
      'sort=_verificationToken',
    ]) {
      for (const token of [undefined, reader.token]) {
        const response = await api.get<{ docs?: unknown[] }>(`/api/users?${query}`, { token })
        expect([400, 403]).toContain(response.status)
      }
    }
  })
})
