import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Next allows one development server per checkout (it locks `.next/dev` and exits after a second
 * of waiting). Test files that start a development server with Next run in parallel jest workers,
 * so they take turns through this lock; servers started with `SERVE_ADMIN=false` need none.
 */
const lockDir = path.resolve('.next', 'casebook-test-dev-server.lock')
const ownerFile = path.join(lockDir, 'owner')

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Takes the lock (waiting up to `timeoutMs`) and resolves with the function that releases it. */
export async function acquireNextDevLock(timeoutMs = 600_000): Promise<() => void> {
  mkdirSync(path.dirname(lockDir), { recursive: true })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      mkdirSync(lockDir)
      writeFileSync(ownerFile, String(process.pid))
      return () => rmSync(lockDir, { recursive: true, force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    // A holder that died without releasing (a killed jest worker) leaves a stale lock.
    let owner = Number.NaN
    try {
      owner = Number(readFileSync(ownerFile, 'utf8'))
    } catch {
      // Being written or removed right now: look again.
    }
    if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
      rmSync(lockDir, { recursive: true, force: true })
      continue
    }
    if (Date.now() > deadline) throw new Error(`another test's Next dev server held ${lockDir}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
