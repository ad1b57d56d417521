import { beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

const { ctx, server, api } = useTestApp()

let admin: TestUser
let editor: TestUser
let reader: TestUser

beforeAll(async () => {
  admin = await createTestUser(ctx.payload, 'admin')
  editor = await createTestUser(ctx.payload, 'editor')
  reader = await createTestUser(ctx.payload, 'reader')
})

const pngOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .png()
    .toBuffer()

const uploadForm = (bytes: Buffer | Uint8Array, filename: string, type: string, alt = 'A test') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}

describe('the host', () => {
  it('answers /api/users/me for an anonymous client with no user', async () => {
    const response = await api.get<{ user: unknown }>('/api/users/me')
    expect(response.status).toBe(200)
    expect(response.body.user).toBeNull()
  })

  it('logs an admin in over REST and then knows who they are', async () => {
    const token = await api.login(admin.email, admin.password)
    const me = await api.get<{ user: { email: string; role: string } }>('/api/users/me', { token })
    expect(me.body.user.email).toBe(admin.email)
    expect(me.body.user.role).toBe('admin')
  })

  it('refuses a wrong password with 401 and no token', async () => {
    const response = await api.post<{ token?: string }>('/api/users/login', {
      json: { email: admin.email, password: 'not-the-password' },
    })
    expect(response.status).toBe(401)
    expect(response.body.token).toBeUndefined()
  })

  it('answers GraphQL at /api/graphql', async () => {
    const response = await api.graphql<{ Users: { totalDocs: number } }>('{ Users { totalDocs } }')
    expect(response.status).toBe(200)
    expect(response.body.data?.Users.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('sets security headers and hides the framework', async () => {
    const response = await api.get('/api/users/me')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('answers malformed JSON with 400, not 500, and without a stack trace', async () => {
    const token = await api.login(admin.email, admin.password)
    const response = await api.request('PATCH', `/api/users/${reader.user.id}`, {
      token,
      headers: { 'content-type': 'application/json' },
    })
    const bad = await fetch(`${server.url}/api/users/${reader.user.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: '{"name": ',
    })
    const text = await bad.text()
    expect(response.status).toBeLessThan(500)
    expect(bad.status).toBe(400)
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/)
  })

  it('answers a body over the size limit with 413', async () => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@example.test', password: 'p'.repeat(2 * 1024 * 1024) }),
    })
    expect(response.status).toBe(413)
  })
})

describe('accounts', () => {
  it('shows a reader another user’s public profile but never their email, role or sessions', async () => {
    const token = await api.login(reader.email, reader.password)
    const other = await api.get<Record<string, unknown>>(`/api/users/${editor.user.id}`, { token })
    expect(other.status).toBe(200)
    expect(other.body.handle).toBe(editor.user.handle)
    expect(other.body).not.toHaveProperty('email')
    expect(other.body).not.toHaveProperty('role')
    expect(other.text).not.toContain(editor.email)
    expect(other.body.sessions ?? []).toEqual([])
  })

  it('refuses to filter users by email for a reader', async () => {
    const token = await api.login(reader.email, reader.password)
    const response = await api.get(
      `/api/users?where[email][equals]=${encodeURIComponent(editor.email)}`,
      { token },
    )
    expect(response.status).toBe(400)
    expect(response.text).not.toContain(editor.email)
  })

  it('lets a user read their own email', async () => {
    const token = await api.login(reader.email, reader.password)
    const me = await api.get<Record<string, unknown>>(`/api/users/${reader.user.id}`, { token })
    expect(me.body.email).toBe(reader.email)
  })

  it('lets a visitor sign up as an author but not as an admin', async () => {
    const asAdmin = await api.post('/api/users', {
      json: {
        email: 'climber@example.test',
        password: 'Pw-123456789',
        name: 'C',
        handle: 'climber',
        role: 'admin',
      },
    })
    expect(asAdmin.status).toBe(400)
    const asAuthor = await api.post<{ doc: { id: number } }>('/api/users', {
      json: {
        email: 'writer@example.test',
        password: 'Pw-123456789',
        name: 'W',
        handle: 'writer',
        role: 'author',
      },
    })
    expect(asAuthor.status).toBe(201)
    const stored = await ctx.payload.findByID({ collection: 'users', id: asAuthor.body.doc.id })
    expect(stored.role).toBe('author')
    expect(stored.subscription?.tier).toBe('free')
  })

  it('does not let a reader promote themself or grant premium', async () => {
    const token = await api.login(reader.email, reader.password)
    await api.patch(`/api/users/${reader.user.id}`, {
      token,
      json: { role: 'admin', subscription: { tier: 'premium' } },
    })
    const stored = await ctx.payload.findByID({ collection: 'users', id: reader.user.id })
    expect(stored.role).toBe('reader')
    expect(stored.subscription?.tier).toBe('free')
  })

  it('clamps list sizes: limit=0 returns at most the maximum page size', async () => {
    const response = await api.get<{ limit: number }>('/api/users?limit=0')
    expect(response.body.limit).toBe(100)
  })
})

describe('media uploads', () => {
  it('stores an image with its card and hero sizes', async () => {
    const token = await api.login(editor.email, editor.password)
    const response = await api.post<{
      doc: { mimeType: string; sizes: { card: { width: number } } }
    }>('/api/media', { token, form: uploadForm(await pngOf(1800, 1000), 'chart.png', 'image/png') })
    expect(response.status).toBe(201)
    expect(response.body.doc.mimeType).toBe('image/png')
    expect(response.body.doc.sizes.card.width).toBe(640)
  })

  it('refuses a file that is not an image, whatever its name says', async () => {
    const token = await api.login(editor.email, editor.password)
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    const response = await api.post('/api/media', {
      token,
      form: uploadForm(html, 'innocent.png', 'image/png'),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(
      (
        await ctx.payload.count({
          collection: 'media',
          where: { filename: { equals: 'innocent.png' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('refuses an upload over the size cap with 413', async () => {
    const token = await api.login(editor.email, editor.password)
    const big = Buffer.alloc(6 * 1024 * 1024, 7)
    const response = await api.post('/api/media', {
      token,
      form: uploadForm(big, 'huge.png', 'image/png'),
    })
    expect(response.status).toBe(413)
  })

  it('requires alt text', async () => {
    const token = await api.login(editor.email, editor.password)
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await pngOf(20, 20))], { type: 'image/png' }),
      'x.png',
    )
    const response = await api.post('/api/media', { token, form })
    expect(response.status).toBe(400)
  })

  it('does not let a reader upload', async () => {
    const token = await api.login(reader.email, reader.password)
    const response = await api.post('/api/media', {
      token,
      form: uploadForm(await pngOf(20, 20), 'r.png', 'image/png'),
    })
    expect(response.status).toBe(403)
  })
})
