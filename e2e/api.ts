import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'

/**
 * What the browser tests set up or check over the public REST API (never the Local API): the
 * accounts the story needs besides the visitor, a tag, and the tag page's counts.
 */
export class Api {
  constructor(
    readonly baseURL: string,
    private token?: string,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseURL}/api${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `JWT ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`)
    return JSON.parse(text) as T
  }

  async signIn(email: string, password: string): Promise<void> {
    const { token } = await this.call<{ token: string }>('POST', '/users/login', {
      email,
      password,
    })
    this.token = token
  }

  /** An account created by an admin (verified), with a random password. */
  async createAccount(role: 'editor' | 'author', name: string) {
    const handle = `${role}-${randomBytes(3).toString('hex')}`
    const email = `${handle}@casebook.localhost`
    const password = randomBytes(12).toString('base64url')
    await this.call('POST', '/users', { email, password, name, handle, role })
    return { email, password, name, handle }
  }

  async createTag(name: string, slug: string): Promise<void> {
    await this.call('POST', '/tags', { name, slug })
  }

  /** The tag page's total and community-article counts, as anyone reads them. */
  async tagCounts(slug: string): Promise<Record<string, number>> {
    const page = await this.call<{ counts: Record<string, number> }>('GET', `/tags/${slug}/page`)
    return page.counts
  }

  async get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path)
  }
}
