import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'

import { findFreePort } from '../../src/db/freePort'
import { acquireNextDevLock } from './nextDevLock'
import { testTempDir } from './tempDir'

export interface RunningServer {
  url: string
  dataDir: string
  /** The process serving requests (under `npm start`, npm's child). */
  pid: () => number
  output: () => string
  /** Resolves with the exit code once the process has exited (null when killed by a signal). */
  exited: Promise<number | null>
  /** Sends `signal` (SIGINT by default) and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/**
 * How the server is started: `dev` runs `src/server.ts` through tsx (`npm run dev`), `compiled`
 * runs the build with plain node in production mode (what `npm start` runs), `npm-start` runs
 * `npm start` itself.
 */
export type ServerCommand = 'dev' | 'compiled' | 'npm-start'

const commands: Record<
  ServerCommand,
  { file: string; args: string[]; env: Record<string, string> }
> = {
  dev: {
    file: process.execPath,
    args: ['--conditions=development', '--import', 'tsx', 'src/server.ts'],
    env: {},
  },
  compiled: {
    file: process.execPath,
    args: ['--conditions=production', 'dist/server.js'],
    env: { NODE_ENV: 'production' },
  },
  'npm-start': { file: 'npm', args: ['start', '--silent'], env: {} },
}

/** The pid of `parent`'s only child process (Linux). */
async function childPid(parent: number): Promise<number> {
  const { readFile } = await import('node:fs/promises')
  const children = (await readFile(`/proc/${parent}/task/${parent}/children`, 'utf8')).trim()
  const [pid] = children.split(/\s+/).map(Number)
  if (!pid) throw new Error(`process ${parent} has no child`)
  return pid
}

/**
 * Starts the real host as a child process on a free port with its own data directory (or the one
 * given), and waits until it says it is running. A development server with Next (unless
 * `SERVE_ADMIN=false`) first waits for any other one in this checkout to exit.
 */
export async function startServer(
  env: Record<string, string>,
  options: { dataDir?: string; command?: ServerCommand } = {},
): Promise<RunningServer> {
  const port = await findFreePort()
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(testTempDir(), 'casebook-server-')))
  const command = commands[options.command ?? 'dev']
  const withNextDev = (options.command ?? 'dev') === 'dev' && env.SERVE_ADMIN !== 'false'
  const releaseNextDev = withNextDev ? await acquireNextDevLock() : () => undefined
  let output = ''
  const child: ChildProcess = spawn(command.file, command.args, {
    env: {
      ...process.env,
      PORT: String(port),
      CASEBOOK_DATA_DIR: dataDir,
      MEDIA_DIR: path.join(dataDir, 'media'),
      SEED_ON_FIRST_START: 'false',
      ...command.env,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      releaseNextDev()
      resolve(code)
    }),
  )
  const url = `http://127.0.0.1:${port}`
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000)
    const check = setInterval(() => {
      if (output.includes('casebook is running')) {
        clearTimeout(timer)
        clearInterval(check)
        resolve()
      }
    }, 100)
    void exited.then((code) => {
      clearTimeout(timer)
      clearInterval(check)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  const serverPid = options.command === 'npm-start' ? await childPid(child.pid!) : child.pid!
  return {
    url,
    dataDir,
    pid: () => serverPid,
    output: () => output,
    exited,
    stop: (signal = 'SIGINT') => {
      process.kill(serverPid, signal)
      return exited
    },
  }
}
