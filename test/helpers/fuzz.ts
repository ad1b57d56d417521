import fc from 'fast-check'

import type { TestPayload } from './payload'

/** Fixed by default so every run replays the same cases; FUZZ_SEED picks another sequence. */
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261201)
/** FUZZ_RUNS scales every property's number of runs (default 1). */
export const runs = (base: number): number =>
  Math.max(1, Math.round(base * Number(process.env.FUZZ_RUNS ?? 1)))

/** Cases run by this file's properties, for the summary line. */
export const fuzzCases = { count: 0 }

/** Text that breaks parsers and databases: NUL, bad escapes, huge numbers, traversal, unicode. */
export const nastyText = fc.oneof(
  fc.constantFrom(
    '',
    'abc',
    '1.5',
    '-1',
    '0',
    '1e3',
    '2147483648',
    '99999999999999999999',
    'NaN',
    'null',
    'true',
    '%00',
    '%ff',
    '%2e%2e',
    '..',
    '../..',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '😀',
    "' OR 1=1 --",
    '{"$gt":""}',
    '<script>',
    ' ',
    'x'.repeat(300),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  fc.double().map(String),
)

/** Percent-encodes `text` for a URL, or sometimes leaves a raw escape sequence in place. */
export const encodeLoosely = (text: string): string => {
  if (/^%[0-9a-f]{2}$/i.test(text)) return text
  try {
    return encodeURIComponent(text)
  } catch {
    return '%ED%A0%80' // A lone surrogate: bytes that are not valid UTF-8.
  }
}

const fieldNames = [
  'id',
  'title',
  'slug',
  'author',
  'tags',
  'tags.slug',
  'tags.id',
  'views',
  'likes',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'email',
  'role',
  'sessions.id',
  'content',
  'access',
  'item',
  'item.value',
  'user',
  'parent',
  'version.title',
  '_status',
  'reviewStatus',
  'rating.average',
  'heroImage',
  'filename',
]
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'contains',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
]

export const fieldName = fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 8 }))

/** A `where` query string: one to three conditions, sometimes nested in and/or. */
export const whereQuery = fc
  .array(
    fc.record({
      nest: fc.constantFrom('', 'and', 'or'),
      field: fieldName,
      operator: fc.oneof(fc.constantFrom(...operators), fc.string({ maxLength: 6 })),
      values: fc.array(nastyText, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((conditions) =>
    conditions
      .map(({ nest, field, operator, values }, i) => {
        const prefix = nest ? `where[${nest}][${i}]` : 'where'
        const key = `${prefix}[${encodeLoosely(field)}][${encodeLoosely(operator)}]`
        return values.length === 1
          ? `${key}=${encodeLoosely(values[0])}`
          : values.map((value, j) => `${key}[${j}]=${encodeLoosely(value)}`).join('&')
      })
      .join('&'),
  )

/** Query strings of a list request: where, sort, page, limit, depth, draft, select, locale. */
export const listQuery = fc
  .record(
    {
      where: whereQuery,
      sort: fc.oneof(
        fieldName,
        fieldName.map((name) => `-${name}`),
        nastyText,
      ),
      page: nastyText,
      limit: nastyText,
      depth: nastyText,
      draft: nastyText,
      select: fieldName,
      locale: nastyText,
      pagination: nastyText,
    },
    { requiredKeys: [] },
  )
  .map((parts) =>
    Object.entries(parts)
      .map(([name, value]) =>
        name === 'where'
          ? value
          : name === 'select'
            ? `select[${encodeLoosely(value)}]=true`
            : `${name}=${encodeLoosely(value)}`,
      )
      .join('&'),
  )

/** An id as it may appear in a path: one of the first rows of a fresh database, or junk. */
export const pathId = fc.oneof(fc.constantFrom('1', '2', '3'), nastyText.map(encodeLoosely))

/** JSON bodies: random shapes, with fields the collections have, holding nasty values. */
export const jsonBody = fc.oneof(
  fc.dictionary(fieldName, fc.oneof(nastyText, fc.integer(), fc.constant(null), fc.jsonValue()), {
    maxKeys: 5,
  }),
  fc.jsonValue(),
)

/** Raw bodies with the content types a client may claim. */
export const rawBody = fc.record({
  type: fc.constantFrom(
    'application/json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    '',
  ),
  text: fc.oneof(
    jsonBody.map((value) => JSON.stringify(value)),
    nastyText,
    fc.string(),
  ),
})

/** Headers a client may send to confuse the server. */
export const oddHeaders = fc.record(
  {
    origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1', '%00'),
    accept: fc.constantFrom('*/*', 'text/html', 'application/graphql-response+json', 'x/y'),
    authorization: fc.constantFrom('JWT not-a-token', 'Bearer x.y.z', 'users API-Key nope', 'JWT'),
    cookie: fc.constantFrom('payload-token=garbage', 'payload-token=', 'a=b; payload-token=x.y.z'),
    'x-http-method-override': fc.constantFrom('GET', 'DELETE', 'PATCH'),
    'x-casebook-client-address': fc.constantFrom('1.2.3.4', 'spoofed'),
    'accept-language': fc.constantFrom('xx', '\u0000', 'de-DE,de;q=0.9'),
  },
  { requiredKeys: [] },
)

/** The assertions every response must pass: no 5xx, no stack trace, the error shape on 4xx. */
export function checkResponse(status: number, body: string, what: string): void {
  if (status >= 500) throw new Error(`${what} answered ${status}: ${body.slice(0, 300)}`)
  if (/\n\s+at \S|\bat \S+ \(\/|node_modules\/|\/src\/|\.ts:\d+/.test(body)) {
    throw new Error(`${what} leaked a stack trace or path: ${body.slice(0, 300)}`)
  }
  if (status >= 400) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      throw new Error(`${what} answered ${status} without a JSON body: ${body.slice(0, 200)}`)
    }
    const errors = (parsed as { errors?: { message?: unknown }[] }).errors
    if (!Array.isArray(errors) || errors.length === 0 || typeof errors[0].message !== 'string') {
      throw new Error(`${what} answered ${status} without the error shape: ${body.slice(0, 200)}`)
    }
  }
}

/** Row counts of every table, to compare before and after a refused write. */
export async function rowCounts(ctx: TestPayload): Promise<Record<string, number>> {
  const tables = await ctx.sql<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  const selects = tables.map(
    ({ name }) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`,
  )
  const rows = await ctx.sql<{ name: string; n: number }>(selects.join(' UNION ALL '))
  return Object.fromEntries(rows.map(({ name, n }) => [name, n]))
}
