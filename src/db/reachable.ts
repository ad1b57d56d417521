import { stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * The first directory on the way from `/` to `target` (itself included) that users other than
 * its owner cannot enter (no search permission for others), or null when the whole way is open.
 * The embedded database runs as its own system user when casebook runs as root, and that user
 * must reach both the server binaries and the data directory.
 */
export async function firstClosedDirectory(target: string): Promise<string | null> {
  const absolute = path.resolve(target)
  const { root } = path.parse(absolute)
  const parts = absolute.slice(root.length).split(path.sep).filter(Boolean)
  let current = root
  for (const part of [null, ...parts]) {
    if (part !== null) current = path.join(current, part)
    let mode: number
    try {
      mode = (await stat(current)).mode
    } catch {
      return null // not created yet: whoever creates it sets its mode
    }
    if ((mode & 0o001) === 0) return current
  }
  return null
}
