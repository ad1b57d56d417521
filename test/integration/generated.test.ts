import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { useTestApp } from '../helpers/fixture'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import { generateTypes } from 'payload/node'

const { ctx } = useTestApp({ server: false })

interface DrizzleKit {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

const root = path.resolve(import.meta.dirname, '..', '..')
const regenerate = 'run `npm run generate` (types, schema) or `npm run migrate:create` and commit'

describe('generated files match the config', () => {
  it('payload-types.ts is up to date', async () => {
    const outputFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'types-')), 'types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = outputFile
    try {
      await generateTypes(ctx.config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = readFileSync(path.join(root, 'payload-types.ts'), 'utf8')
    expect({
      file: 'payload-types.ts',
      current: committed === (await readFile(outputFile, 'utf8')),
    }).toEqual({
      file: 'payload-types.ts',
      current: true,
    })
  })

  it('schema.graphql is up to date', () => {
    const committed = readFileSync(path.join(root, 'schema.graphql'), 'utf8')
    const { schema } = configToSchema(ctx.config)
    expect(printSchema(schema) === committed ? 'current' : regenerate).toBe('current')
  })

  it('migrations/ produce exactly the schema the config describes', async () => {
    const db = ctx.payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const dir = path.join(root, 'migrations')
    const latest = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const snapshot: unknown = JSON.parse(readFileSync(path.join(dir, latest as string), 'utf8'))
    const pending = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
    expect(pending.length === 0 ? 'current' : `${regenerate}:\n${pending.join('\n')}`).toBe(
      'current',
    )
  })
})
