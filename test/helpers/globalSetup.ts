import { chmod, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedDatabase } from '../../src/db/embedded'

declare global {
  var casebookTestDatabase: { stop: () => Promise<void> } | undefined
}

/**
 * One throwaway PostgreSQL server for the whole run; every test file creates its own database
 * on it. With TEST_DATABASE_SERVER_URL (a server URL without a database name) an existing
 * server is used instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_SERVER_URL) return
  const root = await mkdtemp(path.join(os.tmpdir(), 'casebook-test-'))
  // mkdtemp makes 0700 directories; postgres runs as its own user and must enter this one.
  await chmod(root, 0o755)
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, 'postgres') })
  process.env.TEST_DATABASE_SERVER_URL = database.serverURL
  globalThis.casebookTestDatabase = database
}
