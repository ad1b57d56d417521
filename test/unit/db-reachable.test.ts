import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { firstClosedDirectory } from '../../src/db/reachable'

let base: string

beforeAll(async () => {
  // mkdtemp creates 0700; open it so each test decides what is closed below it.
  base = await mkdtemp(path.join(os.tmpdir(), 'casebook-reach-'))
  await chmod(base, 0o755)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

async function makeDirs(...names: string[]): Promise<string> {
  let current = base
  for (const name of names) {
    current = path.join(current, name)
    await mkdir(current)
    await chmod(current, 0o755)
  }
  return current
}

describe('firstClosedDirectory', () => {
  it('names the first directory on the way that others cannot enter', async () => {
    const inner = await makeDirs('home', 'closed', 'inner')
    await chmod(path.join(base, 'home', 'closed'), 0o700)
    expect(await firstClosedDirectory(inner)).toBe(path.join(base, 'home', 'closed'))
  })

  it('answers null when every directory on the way is open to others', async () => {
    expect(await firstClosedDirectory(await makeDirs('open', 'deeper'))).toBeNull()
  })

  it('stops at the part of the path that does not exist yet', async () => {
    expect(await firstClosedDirectory(path.join(base, 'not', 'yet'))).toBeNull()
  })
})
