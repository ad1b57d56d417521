import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The directory holding casebook's package.json, found by walking up from the calling module.
 * The same module runs from `src/…` under tsx and from `dist/…` once compiled, at different
 * depths, so a fixed number of `..` would be wrong in one of them.
 */
export function projectRoot(moduleURL: string): string {
  let directory = path.dirname(fileURLToPath(moduleURL))
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory)
    if (parent === directory) throw new Error(`no package.json above ${moduleURL}`)
    directory = parent
  }
  return directory
}

/** The path of another module next to this one: `.ts` from source, `.js` once compiled. */
export function siblingModule(moduleURL: string, name: string): string {
  const file = fileURLToPath(moduleURL)
  return path.join(path.dirname(file), `${name}${path.extname(file)}`)
}
