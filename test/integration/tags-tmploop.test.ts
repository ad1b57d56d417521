// Temporary reliability probe of `npm run reconcile`; removed after use.
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, it, expect } from '@jest/globals'
import { startTestPayload, type TestPayload } from '../helpers/payload'
let ctx: TestPayload
beforeAll(async () => { ctx = await startTestPayload() })
afterAll(async () => { await ctx?.close() })
function cli(...args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/reconcile.ts', ...args], {
      env: { ...process.env, DATABASE_URL: ctx.databaseURL, LOG_LEVEL: 'fatal' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.on('close', (code) => resolve(`${code} ${JSON.stringify(output)}`))
  })
}
it('loops', async () => {
  const results: string[] = []
  for (let i = 0; i < 12; i++) results.push(await cli('--check'))
  expect(results.filter((r) => !r.includes('matches'))).toEqual([])
}, 500000)
