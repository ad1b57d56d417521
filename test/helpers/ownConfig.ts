import { randomBytes } from 'node:crypto'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type Config, type Payload, type SanitizedConfig } from 'payload'

import { closePayload } from '../../src/db/pool'
import { adminQuery, serverURL } from './payload'

export interface OwnConfig {
  payload: Payload
  config: SanitizedConfig
  /** Closes Payload and drops the database. */
  close: () => Promise<void>
}

/**
 * A config that is not this host's (collections and plugins as a test gives them) on a new
 * database named after `name`, its schema pushed: the committed migrations describe casebook's
 * own config, not this one.
 */
export async function startOwnConfig(
  name: string,
  parts: Omit<Config, 'secret' | 'db' | 'editor' | 'telemetry' | 'typescript'>,
): Promise<OwnConfig> {
  const databaseName = `casebook_${name}_${randomBytes(6).toString('hex')}`
  await adminQuery(`create database ${databaseName}`)
  const config = await buildConfig({
    ...parts,
    secret: randomBytes(16).toString('hex'),
    telemetry: false,
    editor: lexicalEditor(),
    db: postgresAdapter({
      pool: { connectionString: `${serverURL()}/${databaseName}` },
      push: true,
    }),
    typescript: { autoGenerate: false },
  })
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    close: async () => {
      await closePayload(payload)
      await adminQuery(`drop database if exists ${databaseName} with (force)`)
    },
  }
}
