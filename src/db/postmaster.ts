import { readFile } from 'node:fs/promises'
import path from 'node:path'

export async function readPostmasterPid(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number(
      (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    )
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Fast shutdown (SIGINT) and wait for the postmaster to exit; SIGQUIT if it hangs. */
export async function stopPostmaster(pid: number, timeoutMs = 15_000): Promise<void> {
  try {
    process.kill(pid, 'SIGINT')
  } catch {
    return
  }
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT')
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
