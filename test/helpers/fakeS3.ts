import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One stored object. */
export interface FakeObject {
  body: Buffer
  contentType: string
}

/**
 * A stand-in for an S3-compatible server on the loopback: the part of the S3 REST API that
 * @payloadcms/storage-s3 uses for media (PutObject, HeadObject, GetObject with Range, DeleteObject),
 * path-style, one bucket, no authentication check. Not S3: it proves the wiring, not a provider.
 */
export interface FakeS3 {
  endpoint: string
  /** Objects by key (without the bucket). */
  objects: Map<string, FakeObject>
  /** "METHOD key" of every request, in order. */
  requests: string[]
  close: () => Promise<void>
}

/** Decodes a body sent with `content-encoding: aws-chunked` (size;ext CRLF data CRLF … 0 CRLF trailers). */
function decodeAwsChunked(raw: Buffer): Buffer {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', offset)
    const size = parseInt(raw.subarray(offset, lineEnd).toString().split(';')[0] ?? '0', 16)
    if (!size) return Buffer.concat(parts)
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
}

const readBody = async (req: http.IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const raw = Buffer.concat(chunks)
  return (req.headers['content-encoding'] ?? '').includes('aws-chunked')
    ? decodeAwsChunked(raw)
    : raw
}

const etagOf = (body: Buffer) => `"${createHash('md5').update(body).digest('hex')}"`

function notFound(res: http.ServerResponse, head: boolean): void {
  res.writeHead(404, { 'content-type': 'application/xml' })
  res.end(head ? undefined : '<Error><Code>NoSuchKey</Code><Message>Not found</Message></Error>')
}

export async function startFakeS3(bucket: string): Promise<FakeS3> {
  const objects = new Map<string, FakeObject>()
  const requests: string[] = []

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://s3.local')
      const [, bucketName, ...rest] = url.pathname.split('/')
      const key = decodeURIComponent(rest.join('/'))
      requests.push(`${req.method} ${key}`)
      if (bucketName !== bucket) {
        res.writeHead(404, { 'content-type': 'application/xml' })
        res.end('<Error><Code>NoSuchBucket</Code></Error>')
        return
      }
      const stored = objects.get(key)
      if (req.method === 'PUT') {
        const body = await readBody(req)
        objects.set(key, {
          body,
          contentType: req.headers['content-type'] ?? 'application/octet-stream',
        })
        res.writeHead(200, { etag: etagOf(body) })
        res.end()
      } else if (req.method === 'DELETE') {
        objects.delete(key)
        res.writeHead(204)
        res.end()
      } else if (req.method === 'HEAD' || req.method === 'GET') {
        if (!stored) return notFound(res, req.method === 'HEAD')
        const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '')
        const body = range
          ? stored.body.subarray(Number(range[1]), Number(range[2]) + 1)
          : stored.body
        res.writeHead(range ? 206 : 200, {
          'content-type': stored.contentType,
          'content-length': String(body.length),
          etag: etagOf(stored.body),
          'last-modified': new Date().toUTCString(),
        })
        res.end(req.method === 'HEAD' ? undefined : body)
      } else {
        res.writeHead(405)
        res.end()
      }
    })().catch(() => {
      res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
