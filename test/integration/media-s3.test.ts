import { readdir } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import type { Media } from '../../payload-types'
import { startFakeS3, type FakeS3 } from '../helpers/fakeS3'
import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

const bucket = 'casebook-media'
let s3: FakeS3
let editor: TestUser

// Before useTestApp's own beforeAll: the config reads the S3 variables when it loads.
beforeAll(async () => {
  s3 = await startFakeS3(bucket)
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'test-key',
    S3_SECRET_ACCESS_KEY: 'test-secret',
    S3_FORCE_PATH_STYLE: 'true',
  })
})

const { ctx, api, server } = useTestApp()

beforeAll(async () => {
  editor = await createTestUser(ctx.payload, 'editor')
})

afterAll(async () => {
  await s3?.close()
})

const pngOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 30 } } })
    .png()
    .toBuffer()

async function upload(filename: string, data: Record<string, unknown> = {}) {
  const form = new FormData()
  const bytes = await pngOf(1800, 1000)
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify({ alt: 'A chart', ...data }))
  const token = await api.login(editor.email, editor.password)
  const response = await api.post<{ doc: Media }>('/api/media', { token, form })
  expect(response.status).toBe(201)
  return { doc: response.body.doc, bytes, token }
}

const filesOnDisk = async () => readdir(process.env.MEDIA_DIR ?? '').catch((): string[] => [])

describe('media on S3-compatible storage (an S3 stand-in on the loopback)', () => {
  it('stores an upload and its image sizes in the bucket, not on disk', async () => {
    const { doc, bytes } = await upload('chart.png')
    const card = doc.sizes?.card?.filename
    const hero = doc.sizes?.hero?.filename
    expect(card).toBeTruthy()
    expect([...s3.objects.keys()]).toEqual(expect.arrayContaining([doc.filename, card, hero]))
    expect(s3.objects.get(doc.filename ?? '')?.body.equals(bytes)).toBe(true)
    expect(s3.objects.get(doc.filename ?? '')?.contentType).toBe('image/png')
    expect(await filesOnDisk()).toEqual([])
  })

  it('serves the file through the API, read from the bucket', async () => {
    const { doc, bytes } = await upload('served.png')
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
    const response = await fetch(`${server.url}${doc.url}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true)
    expect(s3.requests).toEqual(expect.arrayContaining([`GET ${doc.filename}`]))
  })

  it('keeps the storage location out of a client’s hands', async () => {
    const { doc } = await upload('located.png', { prefix: '../elsewhere', _objectKey: 'stolen' })
    expect(doc.prefix ?? '').toBe('')
    expect(doc._objectKey ?? null).toBeNull()
    expect(s3.objects.has(doc.filename ?? '')).toBe(true)
    expect([...s3.objects.keys()].some((key) => key.includes('elsewhere'))).toBe(false)
  })

  it('deletes the objects with the document', async () => {
    const { doc, token } = await upload('deleted.png')
    const response = await api.delete(`/api/media/${doc.id}`, { token })
    expect(response.status).toBe(200)
    expect(s3.objects.has(doc.filename ?? '')).toBe(false)
    expect(s3.objects.has(doc.sizes?.card?.filename ?? '')).toBe(false)
  })

  it('answers a file the bucket does not hold with a 4xx, not a 500', async () => {
    const response = await api.get('/api/media/file/never-uploaded.png')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    // Asked of the bucket: the local "not on disk" answer does not apply to files kept there.
    expect(s3.requests).toContain('HEAD never-uploaded.png')
  })
})
