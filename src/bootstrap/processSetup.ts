import { projectRoot } from './projectRoot'

// Imported first by the server: ES modules evaluate in import order, so everything imported after
// this (config, collections, data dir) sees the project root as the working directory, wherever
// the process was started from.
process.chdir(projectRoot(import.meta.url))
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
