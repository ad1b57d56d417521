import { spawn } from 'node:child_process'

import { describe, expect, it } from '@jest/globals'

import type { Tag } from '../../payload-types'
import type { Drift } from '../../src/reconcile'
import { reconcileTagCounts } from '../../src/reconcile/tagCounts'
import { createArticle, createLesson, createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { countMismatches, storedCounts, zeroCounts } from '../helpers/tagCounts'

const { ctx } = useTestApp({ server: false })

/** Runs `npm run reconcile`'s script against the test database. */
function reconcileCLI(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', 'src/cli/reconcile.ts', ...args],
      {
        env: { ...process.env, DATABASE_URL: ctx.databaseURL, LOG_LEVEL: 'fatal' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // 'close', not 'exit': output may still be in flight when the process exits.
    child.on('close', (code) => resolve({ code, output }))
  })
}

/** What reconcile reported about `tag` only: other tests' tags must not decide the result. */
const about = (tag: Tag, drifts: Drift[]) =>
  drifts.filter((drift) => drift.subject.startsWith(`tags/${tag.slug} `))

describe('reconcile tag counts', () => {
  it('reports drift without changing anything, then fixes it', async () => {
    const tag = await createTag(ctx.payload, 'Drifting')
    await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
    await createLesson(ctx.payload, { tags: [tag.id], track: 'core' }, { publish: true })
    await ctx.sql('UPDATE tags SET counts_stories = 7, counts_lessons = 0 WHERE id = $1', [tag.id])

    const found = about(tag, await reconcileTagCounts(ctx.payload, { fix: false }))
    expect(found).toEqual([
      { subject: `tags/${tag.slug} counts.lessons`, stored: 0, actual: 1 },
      { subject: `tags/${tag.slug} counts.stories`, stored: 7, actual: 1 },
    ])
    expect(await storedCounts(ctx, tag.id)).toEqual({ ...zeroCounts, stories: 7 })

    expect(about(tag, await reconcileTagCounts(ctx.payload, { fix: true }))).toEqual(found)
    expect(await storedCounts(ctx, tag.id)).toEqual({ ...zeroCounts, lessons: 1, stories: 1 })
    expect(about(tag, await reconcileTagCounts(ctx.payload, { fix: false }))).toEqual([])
    expect(await countMismatches(ctx, [tag.id])).toEqual([])
  })

  it('npm run reconcile -- --check exits 1 on drift and changes nothing; reconcile fixes it', async () => {
    const tag = await createTag(ctx.payload, 'Cli Drift')
    await createArticle(ctx.payload, { tags: [tag.id] }, { publish: true })
    await ctx.sql('UPDATE tags SET counts_community_items = 3 WHERE id = $1', [tag.id])

    const line = `tags/${tag.slug} counts.communityItems: stored 3, actual 1`

    const check = await reconcileCLI('--check')
    expect(check.output).toContain(`tagCounts: ${line}\n`)
    expect(check.code).toBe(1)
    expect((await storedCounts(ctx, tag.id)).communityItems).toBe(3)

    const fix = await reconcileCLI()
    expect(fix.output).toContain(`tagCounts: ${line} (fixed)\n`)
    expect(fix.code).toBe(0)
    expect((await storedCounts(ctx, tag.id)).communityItems).toBe(1)

    // The run before fixed whatever was off in the whole database, so the check finds nothing.
    const clean = await reconcileCLI('--check')
    expect(clean.output).not.toContain(`tags/${tag.slug} `)
    expect(clean.output).toContain('reconcile: every derived value matches')
    expect(clean.code).toBe(0)
  })

  it('refuses unknown arguments', async () => {
    const result = await reconcileCLI('--fix-everything')
    expect(result.code).toBe(2)
    expect(result.output).toContain('usage: npm run reconcile')
  })
})
