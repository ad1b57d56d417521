import http from 'node:http'

import pg from 'pg'

import { articlesGraphQL, articlesPage, lessonsBySlug, tagPage } from './rawQueries'
import { callerOf, like, rate } from './rawWrites'

/**
 * Baseline (a): a bare `node:http` + `pg` server answering the bench's reads with the JSON
 * casebook answers an anonymous reader, one SQL statement per request (see rawQueries.ts; named
 * prepared statements, so Postgres plans each once per connection, as casebook's tag page is), and
 * its like and rating writes for signed-in readers (rawWrites.ts; RAW_PAYLOAD_SECRET). It
 * also serves baseline (b), the ceiling: `GET /ceiling/<bytes>` answers a constant body of that
 * size, `GET /ceiling/304` an empty 304. Run by the bench as a child process:
 * `RAW_DATABASE_URL=… RAW_PORT=… node --import tsx bench/rawServer.ts`.
 */
const pool = new pg.Pool({
  connectionString: process.env.RAW_DATABASE_URL,
  max: Number(process.env.RAW_POOL_SIZE ?? 20),
})

interface Answer {
  status: number
  body?: string | Buffer
}

const json = (body: string, status = 200): Answer => ({ status, body })
const notFound = json('{"errors":[{"message":"Not Found"}]}', 404)

/** Payload's paging fields around a page of documents. */
function paged(docs: string, total: number, limit: number, page: number): string {
  const totalPages = Math.ceil(total / limit)
  const hasNextPage = page < totalPages
  const hasPrevPage = page > 1
  return `{"docs":${docs},"hasNextPage":${hasNextPage},"hasPrevPage":${hasPrevPage},"limit":${limit},"nextPage":${hasNextPage ? page + 1 : null},"page":${page},"pagingCounter":${(page - 1) * limit + 1},"prevPage":${hasPrevPage ? page - 1 : null},"totalDocs":${total},"totalPages":${totalPages}}`
}

const positive = (raw: string | null, fallback: number) => {
  const value = Number(raw ?? fallback)
  return Number.isInteger(value) && value > 0 ? value : fallback
}

async function articles(query: URLSearchParams): Promise<Answer> {
  const limit = positive(query.get('limit'), 10)
  const page = positive(query.get('page'), 1)
  const { rows } = await pool.query<{ total: number; docs: string }>({
    name: 'articles',
    text: articlesPage,
    values: [limit, (page - 1) * limit],
  })
  return json(paged(rows[0].docs, rows[0].total, limit, page))
}

async function lessons(query: URLSearchParams): Promise<Answer> {
  const { rows } = await pool.query<{ total: number; docs: string }>({
    name: 'lessons',
    text: lessonsBySlug,
    values: [query.get('where[slug][equals]') ?? ''],
  })
  return json(paged(rows[0].docs, rows[0].total, 10, 1))
}

async function tag(slug: string, query: URLSearchParams): Promise<Answer> {
  const { rows } = await pool.query<{ body: string }>({
    name: 'tag-page',
    text: tagPage,
    values: [slug, positive(query.get('limit'), 20)],
  })
  return rows[0] ? json(rows[0].body) : notFound
}

/** Answers the bench's one GraphQL query shape; the baseline does not parse GraphQL. */
async function graphql(body: string): Promise<Answer> {
  const limit = Number(/CommunityArticles\(limit: (\d+)\)/.exec(body)?.[1] ?? 10)
  const { rows } = await pool.query<{ total: number; docs: string }>({
    name: 'articles-graphql',
    text: articlesGraphQL,
    values: [limit],
  })
  return json(
    `{"data":{"CommunityArticles":{"totalDocs":${rows[0].total},"docs":${rows[0].docs}}}}`,
  )
}

const ceilings = new Map<number, Buffer>()
function ceiling(size: string): Answer {
  if (size === '304') return { status: 304 }
  const bytes = Number(size)
  if (!ceilings.has(bytes)) ceilings.set(bytes, Buffer.alloc(bytes, 'x'))
  return { status: 200, body: ceilings.get(bytes) }
}

const readBody = (req: http.IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

async function route(req: http.IncomingMessage): Promise<Answer> {
  const url = new URL(req.url ?? '/', 'http://raw')
  const parts = url.pathname.split('/')
  if (req.method === 'POST' && url.pathname === '/api/graphql') return graphql(await readBody(req))
  const caller = () => callerOf(req.headers.authorization)
  if (req.method === 'POST' && url.pathname === '/api/ratings') {
    return rate(pool, caller(), await readBody(req))
  }
  if (req.method === 'POST' && parts[2] === 'community-articles' && parts[4] === 'like') {
    return like(pool, caller(), Number(parts[3]))
  }
  if (req.method !== 'GET') return notFound
  if (parts[1] === 'ceiling') return ceiling(parts[2] ?? '0')
  if (url.pathname === '/api/community-articles') return articles(url.searchParams)
  if (url.pathname === '/api/lessons') return lessons(url.searchParams)
  if (parts[2] === 'tags' && parts[4] === 'page') return tag(parts[3], url.searchParams)
  return notFound
}

const server = http.createServer((req, res) => {
  route(req).then(
    ({ status, body }) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' })
      res.end(body)
    },
    (error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }))
    },
  )
})
server.listen({ port: Number(process.env.RAW_PORT), host: '127.0.0.1', backlog: 4096 }, () => {
  console.info(`raw baseline listening on ${process.env.RAW_PORT}`)
})
process.on('SIGTERM', () => {
  server.close()
  void pool.end().then(() => process.exit(0))
})
