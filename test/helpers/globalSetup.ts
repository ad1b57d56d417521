import { chmod, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedDatabase } from '../../src/db/embedded'

declare global {
  var casebookTestRun: { root: string; stopDatabase?: () => Promise<void> } | undefined
}

/**
 * One throwaway PostgreSQL server for the whole run, in the run's own directory; every test file
 * creates its own database on it. With TEST_DATABASE_SERVER_URL (a server URL without a database
 * name) an existing server is used instead. The teardown removes the directory.
 */
export default async function globalSetup(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'casebook-test-'))
  // mkdtemp makes 0700 directories; postgres runs as its own user and must enter this one.
  await chmod(root, 0o755)
  // The test files' own temporary directories go in here too (`testTempDir`).
  process.env.CASEBOOK_TEST_TMP = root
  globalThis.casebookTestRun = { root }
  if (process.env.TEST_DATABASE_SERVER_URL) return
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, 'postgres') })
  process.env.TEST_DATABASE_SERVER_URL = database.serverURL
  globalThis.casebookTestRun = { root, stopDatabase: () => database.stop() }
}
