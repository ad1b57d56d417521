import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { findFreePort } from '../src/db/freePort'

/** Resident memory of a process in MB (Linux). */
export const rssMB = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
  return line ? Math.round(Number(line[1]) / 1024) : NaN
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The V8 memory flags `npm start` passes (package.json's start script, each `${NAME:-default}`
 * taken from the environment or its default), so the bench measures the server as production
 * runs it.
 */
export function startScriptFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts: { start: string }
  }
  return [...scripts.start.matchAll(/--max-[\w-]+=\S+/g)].map(([flag]) =>
    flag.replace(/\$\{(\w+):-([^}]*)\}/g, (_, name: string, fallback: string) =>
      env[name] ? String(env[name]) : fallback,
    ),
  )
}

/** Runs a file of the build with plain node in production mode, as `npm start` does. */
export function runNode(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--conditions=production', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

export async function waitForExit(child: ChildProcess, what: string): Promise<void> {
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`${what} exited with ${code}`)
}

const newestIn = (target: string): number => {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(target).map((name) => newestIn(path.join(target, name))))
}

/** What the server build is compiled from. */
const sources = ['src', 'collections', 'hooks', 'migrations', 'payload.config.ts']

/**
 * Makes sure dist/ holds the current code. Without an admin build (`.next/`) it runs
 * `npm run build`; when only dist/server.js is missing or older than a source file it recompiles
 * the server and CLIs alone (`src/cli/build.ts`, seconds): the admin is not what is measured.
 */
export function ensureBuild(): void {
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { stdio: 'inherit' })
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}`)
  }
  if (!existsSync('.next/BUILD_ID')) {
    console.info('no admin build (.next/): running npm run build')
    return run('npm', ['run', 'build'])
  }
  const built = existsSync('dist/server.js') ? statSync('dist/server.js').mtimeMs : 0
  if (built > Math.max(...sources.map(newestIn))) return
  console.info(built ? 'dist/ is older than the sources: recompiling' : 'no dist/: compiling')
  run(process.execPath, ['--import', 'tsx', 'src/cli/build.ts'])
}

export interface CompiledServer {
  pid: number
  port: number
  url: string
  /** SIGTERM, then waits for the exit. */
  stop: () => Promise<void>
}

/**
 * Starts dist/server.js on a free port (or `env.PORT`) and resolves once it answers
 * `/api/health/ready`. `nodeArgs` go before the script (heap limit, `--import` preloads).
 */
export async function startCompiledServer(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<CompiledServer> {
  const port = env.PORT ? Number(env.PORT) : await findFreePort()
  const server = runNode([...nodeArgs, 'dist/server.js'], { ...env, PORT: String(port) })
  server.stdout?.resume()
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const ready = () =>
    fetch(`${url}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    )
  const started = Date.now()
  while (!(await ready())) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`)
    if (Date.now() - started > 180_000) {
      server.kill('SIGKILL')
      throw new Error('server not ready after 180 s')
    }
    await sleep(200)
  }
  return {
    pid: server.pid!,
    port,
    url,
    stop: async () => {
      if (server.exitCode === null) server.kill('SIGTERM')
      await exited
    },
  }
}
