import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { lexicalParagraphs } from '../../src/content/lexical'
import { casebookPlugin } from '../../src/plugin'
import { startOwnConfig, type OwnConfig } from '../helpers/ownConfig'

/**
 * casebook installed into a config that is not this host's: its own accounts collection
 * (`members`, with its own idea of roles and plans), no Express, no embedded-database code, no
 * committed migrations. Requests go through Payload's own REST handler.
 */

type MemberKind = 'staff' | 'writer' | 'visitor' | 'gold'

let own: OwnConfig
let payload: Payload
let config: SanitizedConfig

beforeAll(async () => {
  own = await startOwnConfig('standalone', {
    collections: [
      {
        slug: 'members',
        auth: true,
        access: { read: () => true, create: () => true },
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'visitor',
            options: ['staff', 'writer', 'visitor', 'gold'],
            access: {
              update: ({ req }) => (req.user as { kind?: string } | null)?.kind === 'staff',
            },
          },
        ],
      },
    ],
    plugins: [
      casebookPlugin({
        users: 'members',
        roleOf: (member) =>
          member.kind === 'staff' ? 'editor' : member.kind === 'writer' ? 'author' : 'reader',
        isPremium: (member) => member.kind === 'gold',
        staffWhere: { kind: { equals: 'staff' } },
      }),
    ],
  })
  ;({ payload, config } = own)
})

afterAll(async () => {
  await own?.close()
})

async function member(kind: MemberKind): Promise<string> {
  const email = `${kind}-${randomBytes(4).toString('hex')}@example.test`
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'members' as never,
    data: {
      email,
      password,
      kind,
      name: `A ${kind}`,
      handle: `${kind}${randomBytes(3).toString('hex')}`,
    } as never,
  })
  const response = await rest('POST', '/api/members/login', { json: { email, password } })
  expect(response.status).toBe(200)
  return (response.body as { token: string }).token
}

interface RestResult {
  status: number
  body: unknown
}

async function rest(
  method: string,
  path: string,
  { json, token }: { json?: unknown; token?: string } = {},
): Promise<RestResult> {
  const headers = new Headers()
  if (token) headers.set('authorization', `JWT ${token}`)
  if (json !== undefined) headers.set('content-type', 'application/json')
  const request = new Request(`http://casebook.test${path}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

describe('casebook in a config of its own', () => {
  it('runs submit and publish, gates a premium body and counts a like with its own accounts', async () => {
    const [writer, staff, visitor, gold] = await Promise.all([
      member('writer'),
      member('staff'),
      member('visitor'),
      member('gold'),
    ])

    const created = await rest('POST', '/api/community-articles', {
      token: writer,
      json: {
        title: 'Retries that made it worse',
        summary: 'A retry storm, told by the person who caused it.',
        kind: 'article',
        access: 'premium',
        content: lexicalParagraphs('The teaser paragraph.', 'The paid part.'),
      },
    })
    expect(created.status).toBe(201)
    const id = (created.body as { doc: { id: number } }).doc.id

    const review = (token: string, action: string) =>
      rest('POST', `/api/community-articles/${id}/review`, { token, json: { action } })
    expect((await review(writer, 'submit')).status).toBe(200)
    expect((await review(writer, 'approve')).status).toBe(403)
    expect((await review(staff, 'approve')).status).toBe(200)
    expect((await review(staff, 'publish')).status).toBe(200)

    const anonymous = await rest('GET', `/api/community-articles/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).toMatchObject({ locked: true, content: null, _status: 'published' })
    const subscriber = await rest('GET', `/api/community-articles/${id}`, { token: gold })
    expect(subscriber.body).toMatchObject({ locked: false })
    expect((subscriber.body as { content: unknown }).content).not.toBeNull()

    const liked = await rest('POST', `/api/community-articles/${id}/like`, { token: visitor })
    expect(liked).toEqual({ status: 200, body: { liked: true, likes: 1, changed: true } })
    const ownLike = await rest(
      'GET',
      `/api/likes?where[itemKey][equals]=community-articles:${id}`,
      {
        token: visitor,
      },
    )
    expect(ownLike.body).toMatchObject({ totalDocs: 1 })
  })
})
