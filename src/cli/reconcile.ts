import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot, siblingModule } from '../bootstrap/projectRoot'
import { provideDatabase, StartupError } from '../db/database'
import { dataDir } from '../env'

const usage = 'usage: npm run reconcile [-- --check]'

/**
 * `npm run reconcile`: recomputes derived values (tag counts, likes, ratings) from the rows they
 * summarise and fixes drift; `--check` only reports, and exits 1 when anything is off (a health
 * check). Uses DATABASE_URL when set, else the embedded database, started for the command.
 *
 * The config reads DATABASE_URL when it is loaded, so it must be imported after the database is
 * known. A dynamic `import()` of it through tsx's loader now and then never settles (the process
 * then exits 0 having done nothing), so the work runs in a child process that imports it
 * statically, like src/cli/payload.ts runs Payload's CLI.
 */
function runChild(args: string[], databaseURL: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    let result: number | undefined
    const child = spawn(
      process.execPath,
      // The same loader flags as this process: tsx from source, none when compiled.
      [...process.execArgv, siblingModule(import.meta.url, 'reconcileDatabase'), ...args],
      {
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
        env: {
          ...process.env,
          DATABASE_URL: databaseURL,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        },
      },
    )
    child.on('message', (message: { reconciled?: number }) => {
      if (typeof message.reconciled === 'number') result = message.reconciled
    })
    // A stalled load can also hang instead of exiting: give up on it after two minutes.
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', () => resolve(2))
    child.on('exit', () => {
      clearTimeout(timer)
      resolve(result)
    })
  })
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  if (args.some((arg) => arg !== '--check')) {
    console.error(usage)
    return 2
  }
  process.chdir(projectRoot(import.meta.url))
  const database = await provideDatabase({
    databaseURL: process.env.DATABASE_URL,
    dataDir: path.join(dataDir, 'postgres'),
  })
  try {
    // A child that ends without reporting its result stalled while loading (see above): retry.
    for (let attempt = 1; attempt <= 3; attempt++) {
      const code = await runChild(args, database.url)
      if (code !== undefined) return code
      console.error(
        `casebook reconcile: the run ended without a result (attempt ${attempt}); retrying`,
      )
    }
    return 2
  } finally {
    await database.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof StartupError ? error.message : String(error)
    console.error(`casebook reconcile: ${message}`)
    process.exit(2)
  },
)
