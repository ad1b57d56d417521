import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import configPromise from '../../payload.config'

import { projectRoot } from '../bootstrap/projectRoot'
import { provideDatabase, StartupError, type DatabaseHandle } from '../db/database'
import { runMigrations } from '../db/migrate'
import { closePayload } from '../db/pool'
import { dataDir } from '../env'
import { formatReport, seed } from '../seed'

/**
 * `npm run seed`: applies pending migrations, then loads the seed content (idempotent: a second
 * run changes nothing) and prints what it did. Uses DATABASE_URL when set, else the embedded
 * database, started for the command and stopped after.
 */
async function main(): Promise<void> {
  process.chdir(projectRoot(import.meta.url))
  const database: DatabaseHandle = await provideDatabase({
    databaseURL: process.env.DATABASE_URL,
    dataDir: path.join(dataDir, 'postgres'),
  })
  let payload: Payload | undefined
  try {
    process.env.DATABASE_URL = database.url
    payload = await getPayload({ config: await configPromise })
    await runMigrations(payload)
    const report = await seed(payload, { log: (line) => console.info(line) })
    for (const line of formatReport(report)) console.info(`seed: ${line}`)
    if (!process.env.SEED_PASSWORD && (report.tallies.users?.created ?? 0) > 0) {
      console.info('seed: new accounts got a random password; set SEED_PASSWORD to choose one')
    }
  } finally {
    if (payload) await closePayload(payload)
    await database.close()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message =
      error instanceof StartupError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error)
    console.error(`casebook seed: ${message}`)
    process.exit(1)
  },
)
