import { projectRoot } from './projectRoot'

// Imported first by the server: ES modules evaluate in import order, so everything imported after
// this (config, collections, data dir) sees the project root as the working directory, wherever
// the process was started from.
process.chdir(projectRoot(import.meta.url))
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

/**
 * A configuration error (StartupError) thrown while the modules load (the config reads the
 * environment as it loads) ends the process with its one line, as those found later in main()
 * do, not with a stack trace. main() removes this once everything has loaded.
 */
export function reportLoadError(error: Error): void {
  console.error(error.name === 'StartupError' ? `casebook: ${error.message}` : error)
  process.exit(1)
}
process.on('uncaughtException', reportLoadError)
