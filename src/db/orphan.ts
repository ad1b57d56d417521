import { readFile } from 'node:fs/promises'

import { isAlive, readPostmasterPid, stopPostmaster } from './postmaster'

async function parentPid(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    // Field 4 (after the parenthesised command name) is the parent pid.
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(afterName[1])
  } catch {
    return undefined
  }
}

async function commandLine(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/**
 * A postmaster left behind by a process that was killed without shutting it down keeps the data
 * directory locked. Stop it when nobody owns it any more; refuse to touch one that another live
 * casebook process is using.
 */
export async function stopOrphanPostmaster(dataDir: string): Promise<void> {
  const pid = await readPostmasterPid(dataDir)
  if (!pid || !isAlive(pid)) return
  if (!(await commandLine(pid)).includes('postgres')) return // pid reused: postgres cleans the file
  const owner = await parentPid(pid)
  if (owner && owner !== 1 && owner !== process.pid && isAlive(owner)) {
    const ownerCommand = await commandLine(owner)
    if (ownerCommand.includes('node')) {
      throw new Error(
        `the embedded database in ${dataDir} is in use by another process (pid ${owner}); stop it first`,
      )
    }
  }
  await stopPostmaster(pid)
}
