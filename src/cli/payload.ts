import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../bootstrap/projectRoot'
import { provideDatabase, StartupError } from '../db/database'
import { dataDir } from '../env'

/**
 * Runs a Payload CLI command (migrate, migrate:create, migrate:status, ...) against the app's
 * database: DATABASE_URL when set, else the embedded one, started for the command and stopped after.
 */
async function main() {
  const root = projectRoot(import.meta.url)
  process.chdir(root)
  const database = await provideDatabase({
    databaseURL: process.env.DATABASE_URL,
    dataDir: path.join(dataDir, 'postgres'),
  })
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      // Lexical's default entry for node awaits a dynamic import at top level, which now and then
      // never settles; its development entry does not.
      [
        '--conditions=development',
        path.join(root, 'node_modules', 'payload', 'bin.js'),
        ...process.argv.slice(2),
      ],
      // Migrations read which ones ran before: from the primary, never from a lagging replica.
      {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: database.url, DATABASE_READ_REPLICA_URLS: '' },
      },
    )
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  await database.close()
  process.exit(code)
}

main().catch((error: unknown) => {
  console.error(`casebook: ${error instanceof StartupError ? error.message : String(error)}`)
  process.exit(1)
})
