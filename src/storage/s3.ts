import type { S3StorageOptions } from '@payloadcms/storage-s3'

import { StartupError } from '../env'

type Environment = Record<string, string | undefined>

/** Needed, all of them, to keep media on S3-compatible storage. */
const required = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
/** Meaningful only with the required ones. */
const optional = ['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const

/** S3's bucket naming rules (S3-compatible servers follow them too). */
const bucketPattern = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

const isSet = (env: Environment, name: string): boolean => (env[name] ?? '').trim() !== ''
const valueOf = (env: Environment, name: string): string => (env[name] ?? '').trim()

function endpointFrom(env: Environment): string | undefined {
  const raw = valueOf(env, 'S3_ENDPOINT')
  if (!raw) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new StartupError(`S3_ENDPOINT must be an http(s) URL, got "${raw}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new StartupError(`S3_ENDPOINT must be an http(s) URL, got "${raw}"`)
  }
  return raw
}

function forcePathStyleFrom(env: Environment): boolean {
  const raw = valueOf(env, 'S3_FORCE_PATH_STYLE')
  if (raw === '' || raw === 'false') return false
  if (raw === 'true') return true
  throw new StartupError(`S3_FORCE_PATH_STYLE must be "true" or "false", got "${raw}"`)
}

/** Whether the environment asks for media on S3; refuses a partial configuration. */
export function mediaOnS3(env: Environment = process.env): boolean {
  const given = [...required, ...optional].filter((name) => isSet(env, name))
  if (given.length === 0) return false
  const missing = required.filter((name) => !isSet(env, name))
  if (missing.length > 0) {
    throw new StartupError(
      `media on S3 needs ${required.join(', ')} (S3_ENDPOINT and S3_FORCE_PATH_STYLE optional); ` +
        `${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set but ${missing.join(', ')} ` +
        `${missing.length === 1 ? 'is' : 'are'} not. Set all of them, or none to keep media on disk.`,
    )
  }
  return true
}

/**
 * Options for `@payloadcms/storage-s3` from S3_* variables. The plugin is registered whether S3
 * is on or off, with `alwaysInsertFields`: the media collection then has the same fields (its
 * `prefix` and `_objectKey` columns) either way, so types, GraphQL schema and migrations do not
 * depend on where a deployment keeps its files.
 */
export function s3StorageOptions(env: Environment = process.env): S3StorageOptions {
  const enabled = mediaOnS3(env)
  // An explicit (empty) prefix: without one the enabled plugin leaves the `prefix` field where the
  // collection declares it, the disabled one moves it last, and the field order would differ.
  const shared = { enabled, alwaysInsertFields: true, collections: { media: { prefix: '' } } }
  if (!enabled) return { ...shared, bucket: '', config: {} }

  const bucket = valueOf(env, 'S3_BUCKET')
  if (!bucketPattern.test(bucket)) {
    throw new StartupError(
      `S3_BUCKET "${bucket}" is not a bucket name (3-63 lowercase letters, digits, dots, hyphens)`,
    )
  }
  return {
    ...shared,
    bucket,
    config: {
      region: valueOf(env, 'S3_REGION'),
      endpoint: endpointFrom(env),
      // Most self-hosted S3-compatible servers (MinIO, Ceph, Garage) need path-style addressing.
      forcePathStyle: forcePathStyleFrom(env),
      credentials: {
        accessKeyId: valueOf(env, 'S3_ACCESS_KEY_ID'),
        secretAccessKey: valueOf(env, 'S3_SECRET_ACCESS_KEY'),
      },
    },
  }
}
