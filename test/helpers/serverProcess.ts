import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../../src/db/freePort'

export interface RunningServer {
  url: string
  dataDir: string
  output: () => string
  stop: () => Promise<number | null>
}

/**
 * Starts the real host (`src/server.ts`) as a child process on a free port with its own data
 * directory (or the one given), and waits until it prints its URLs.
 */
export async function startServer(
  env: Record<string, string>,
  options: { dataDir?: string } = {},
): Promise<RunningServer> {
  const port = await findFreePort()
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'casebook-server-')))
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      CASEBOOK_DATA_DIR: dataDir,
      MEDIA_DIR: path.join(dataDir, 'media'),
      SEED_ON_FIRST_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000)
    const check = setInterval(() => {
      if (output.includes('casebook is running')) {
        clearTimeout(timer)
        clearInterval(check)
        resolve()
      }
    }, 200)
    child.once('exit', (code) => {
      clearTimeout(timer)
      clearInterval(check)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code))
        child.kill('SIGINT')
      }),
  }
}
