import { rm } from 'node:fs/promises'
import path from 'node:path'

import { build } from 'esbuild'

import { projectRoot } from '../bootstrap/projectRoot'

/** The processes casebook runs in production, each compiled to one file under dist/. */
const entryPoints = {
  server: 'src/server.ts',
  'cli/reconcile': 'src/cli/reconcile.ts',
  'cli/reconcileDatabase': 'src/cli/reconcileDatabase.ts',
  'cli/seed': 'src/cli/seed.ts',
}

/**
 * `npm run build` (after `next build`, which compiles the admin): compiles the server and the
 * CLIs to plain JavaScript, so production runs `node dist/server.js` with no TypeScript loader.
 * Our own modules are bundled (their imports have no file extensions, which Node's ESM loader
 * would refuse); every package stays an import from node_modules.
 */
async function main(): Promise<void> {
  const root = projectRoot(import.meta.url)
  const outdir = path.join(root, 'dist')
  await rm(outdir, { recursive: true, force: true })
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    metafile: true,
  })
  const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'))
  console.info(`casebook: compiled ${files.length} entry points to dist/ (${files.join(', ')})`)
}

main().catch((error: unknown) => {
  console.error(`casebook build: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
