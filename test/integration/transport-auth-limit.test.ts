import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

/** The per-client budget of password checks under test (the production default). */
const budget = 20
// Read when the fixture builds the config, so it is set before the fixture's beforeAll runs.
process.env.RATE_LIMIT_AUTH_PER_MINUTE = String(budget)

// Trusted proxy: each test names its own client with X-Forwarded-For, so budgets are separate.
const { ctx, api } = useTestApp({ server: { trustProxy: 'loopback' } })

let reader: TestUser
let clients = 0

beforeAll(async () => {
  reader = await createTestUser(ctx.payload, 'reader')
})

afterAll(async () => {
  delete process.env.RATE_LIMIT_AUTH_PER_MINUTE
})

/** Wrong attempts use an unknown account, so no real account gets locked by them. */
const nobody = 'nobody@example.test'

const newClient = () => ({ 'x-forwarded-for': `10.20.0.${++clients}` })

const aliasedLogins = (count: number, email: string, password: string) =>
  `mutation { ${Array.from(
    { length: count },
    (_, i) =>
      `a${i}: loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token }`,
  ).join(' ')} }`

interface GraphQLBody {
  data?: Record<string, { token: string | null } | null> | null
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

const gql = (client: Record<string, string>, query: string) =>
  api.request<GraphQLBody>('POST', '/api/graphql', { json: { query }, headers: client })

const statusCodes = (body: GraphQLBody) =>
  (body.errors ?? []).map((error) => error.extensions?.statusCode)

describe('password checks are counted per client, not per request', () => {
  it('refuses 30 aliased loginUser in one request with 400, checking no password', async () => {
    const client = newClient()
    const response = await gql(client, aliasedLogins(30, reader.email, 'wrong-password'))
    expect(response.status).toBe(400)
    expect(response.body.data).toBeUndefined()
    expect(response.body.errors?.[0].message).toMatch(/at most 20 root fields/)
    // No password was checked: the full budget is still there (positive control, same client).
    const ok = await gql(client, aliasedLogins(budget, reader.email, reader.password))
    expect(ok.body.errors).toBeUndefined()
    expect(
      Object.values(ok.body.data ?? {}).every((login) => typeof login?.token === 'string'),
    ).toBe(true)
  })

  it('stops aliased loginUser at the budget across requests: 20 checks, then 429', async () => {
    const client = newClient()
    const first = await gql(client, aliasedLogins(15, nobody, 'wrong-password'))
    expect(first.status).toBe(200)
    expect(statusCodes(first.body)).toEqual(Array(15).fill(401))
    const second = await gql(client, aliasedLogins(15, nobody, 'wrong-password'))
    const codes = statusCodes(second.body)
    expect(codes.filter((code) => code === 401)).toHaveLength(budget - 15)
    expect(codes.filter((code) => code === 429)).toHaveLength(30 - budget)
    // Exhausted: even the right password is refused, over GraphQL and over REST.
    const right = await gql(client, aliasedLogins(1, reader.email, reader.password))
    expect(statusCodes(right.body)).toEqual([429])
    expect(right.body.data?.a0 ?? null).toBeNull()
    const rest = await api.post('/api/users/login', {
      json: { email: reader.email, password: reader.password },
      headers: client,
    })
    expect(rest.status).toBe(429)
    expect(rest.body).toEqual({
      errors: [{ message: expect.stringMatching(/Too many sign-in attempts/) }],
    })
  })

  it('counts REST logins and forgot-password requests against the same budget', async () => {
    const client = newClient()
    for (let i = 0; i < budget - 1; i += 1) {
      const response = await api.post('/api/users/login', {
        json: { email: nobody, password: 'wrong-password' },
        headers: client,
      })
      expect(response.status).toBe(401)
    }
    const forgot = await api.post('/api/users/forgot-password', {
      json: { email: reader.email },
      headers: client,
    })
    expect(forgot.status).toBe(200)
    const over = await api.post('/api/users/forgot-password', {
      json: { email: reader.email },
      headers: client,
    })
    expect(over.status).toBe(429)
    // Another client is unaffected (positive control).
    const other = await api.post<{ token?: string }>('/api/users/login', {
      json: { email: reader.email, password: reader.password },
      headers: newClient(),
    })
    expect(other.status).toBe(200)
    expect(typeof other.body.token).toBe('string')
  })
})

describe('GraphQL operation caps', () => {
  it('answers a query with more aliases than allowed with 400', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `t${i}: id`).join(' ')
    const response = await gql(newClient(), `{ Users(limit: 1) { docs { ${fields} } } }`)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0].message).toMatch(/at most 30 aliases/)
  })

  it('answers more than 20 root fields with 400', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `m${i}: meUser { exp }`).join(' ')
    const response = await gql(newClient(), `{ ${fields} }`)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0].message).toMatch(/at most 20 root fields/)
  })

  it('answers an over-complex query with 400', async () => {
    // Each root field costs about 30 (relationships count 10): 18 of them pass Payload's default
    // budget of 1000 but not casebook's 500.
    const lists = Array.from(
      { length: 18 },
      (_, i) =>
        `l${i}: Stories(limit: 1) { docs { id title tags { id name slug } heroImage { id url alt } } }`,
    ).join(' ')
    const response = await gql(newClient(), `{ ${lists} }`)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0].message).toMatch(/complexity/i)
  })

  it('serves a few aliases within the caps (positive control)', async () => {
    const response = await gql(
      newClient(),
      '{ a: Users(limit: 1) { totalDocs } b: Tags { totalDocs } }',
    )
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data).toEqual({
      a: { totalDocs: expect.any(Number) },
      b: { totalDocs: 0 },
    })
  })
})
