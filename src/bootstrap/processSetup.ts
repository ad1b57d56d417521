import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Imported first by the server: ES modules evaluate in import order, so everything imported after
// this (config, collections, data dir) sees the project root as the working directory, wherever
// the process was started from.
process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'))
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
