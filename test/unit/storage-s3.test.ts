import { describe, expect, it } from '@jest/globals'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config } from 'payload'

import { mediaCollection } from '../../collections/media'
import { StartupError } from '../../src/env'
import { mediaOnS3, s3StorageOptions } from '../../src/storage/s3'

const complete = {
  S3_BUCKET: 'casebook-media',
  S3_REGION: 'eu-central-1',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'very-secret-key',
  S3_FORCE_PATH_STYLE: 'true',
}

const without = (env: Record<string, string>, ...names: string[]): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)))

function startupErrorOf(env: Record<string, string>): string {
  try {
    s3StorageOptions(env)
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError)
    return (error as Error).message
  }
  throw new Error('expected a StartupError')
}

const mediaAfter = (env: Record<string, string>): CollectionConfig => {
  const config = s3Storage(s3StorageOptions(env))({
    collections: [mediaCollection('/tmp/casebook-media')],
  } as Config) as Config
  const media = config.collections?.find((collection) => collection.slug === 'media')
  if (!media) throw new Error('media collection missing')
  return media
}

const fieldNames = (collection: CollectionConfig): string[] =>
  collection.fields.flatMap((field) => ('name' in field ? [field.name] : []))

describe('media on S3-compatible storage (S3_* variables)', () => {
  it('is off when no S3 variable is set, blank ones included', () => {
    expect(mediaOnS3({})).toBe(false)
    expect(mediaOnS3({ S3_BUCKET: ' ', S3_ENDPOINT: '' })).toBe(false)
    expect(s3StorageOptions({})).toMatchObject({
      enabled: false,
      alwaysInsertFields: true,
      collections: { media: { prefix: '' } },
    })
  })

  it('passes every variable to the S3 client when all are set', () => {
    expect(s3StorageOptions(complete)).toEqual({
      enabled: true,
      alwaysInsertFields: true,
      collections: { media: { prefix: '' } },
      bucket: 'casebook-media',
      config: {
        region: 'eu-central-1',
        endpoint: 'http://127.0.0.1:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'very-secret-key' },
      },
    })
  })

  it('needs no endpoint (AWS S3 itself) and uses virtual-hosted addressing by default', () => {
    const awsOnly = without(complete, 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE')
    expect(s3StorageOptions(awsOnly).config).toMatchObject({
      endpoint: undefined,
      forcePathStyle: false,
    })
  })

  it('refuses a partial configuration, naming what is missing and never a value', () => {
    const message = startupErrorOf(without(complete, 'S3_REGION', 'S3_SECRET_ACCESS_KEY'))
    expect(message).toMatch(/S3_REGION, S3_SECRET_ACCESS_KEY are not/)
    expect(message).not.toContain('AKIDEXAMPLE')

    expect(startupErrorOf({ S3_SECRET_ACCESS_KEY: 'very-secret-key' })).not.toContain(
      'very-secret-key',
    )
    expect(startupErrorOf({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toMatch(
      /S3_ENDPOINT is set but S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not/,
    )
  })

  it('refuses a malformed endpoint, path-style switch or bucket name', () => {
    expect(startupErrorOf({ ...complete, S3_ENDPOINT: 'minio:9000' })).toMatch(
      /S3_ENDPOINT must be an http\(s\) URL/,
    )
    expect(startupErrorOf({ ...complete, S3_ENDPOINT: 'ftp://files.example' })).toMatch(
      /S3_ENDPOINT must be an http\(s\) URL/,
    )
    expect(startupErrorOf({ ...complete, S3_FORCE_PATH_STYLE: 'yes' })).toMatch(
      /S3_FORCE_PATH_STYLE must be "true" or "false", got "yes"/,
    )
    expect(startupErrorOf({ ...complete, S3_BUCKET: 'Media_Files' })).toMatch(
      /S3_BUCKET "Media_Files" is not a bucket name/,
    )
  })

  it('gives the media collection the same fields with S3 on and off (one schema)', () => {
    const off = mediaAfter({})
    const on = mediaAfter(complete)
    expect(fieldNames(on)).toEqual(fieldNames(off))
    expect(fieldNames(off)).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
  })

  it('keeps files on disk with S3 off, and only in the bucket with S3 on', () => {
    const upload = (collection: CollectionConfig) =>
      typeof collection.upload === 'object' ? collection.upload : {}
    expect(upload(mediaAfter({})).disableLocalStorage).toBeUndefined()
    expect(upload(mediaAfter({})).adapter).toBeUndefined()
    expect(upload(mediaAfter(complete))).toMatchObject({ disableLocalStorage: true, adapter: 's3' })
  })
})
