import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

/** Where screenshots go (ignored by git). */
export const artifactsDir = path.resolve('e2e', 'artifacts')

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export async function launchBrowser(): Promise<Browser> {
  await mkdir(artifactsDir, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
}

let shots = 0

/** A full-page screenshot named after the step, numbered in the order taken. */
export async function screenshot(page: Page, step: string): Promise<void> {
  shots += 1
  const name = `${String(shots).padStart(2, '0')}-${step}.png`
  await page.screenshot({ path: path.join(artifactsDir, name), fullPage: true })
}

/** What a page shows, for a failure's log: its address, title and the start of its text. */
export async function describePage(page: Page): Promise<string> {
  const text = await page
    .locator('body')
    .innerText({ timeout: 5_000 })
    .catch((error: unknown) => `(no text: ${String(error)})`)
  const title = await page.title().catch(() => '')
  const excerpt = text.replace(/\s+/g, ' ').slice(0, 600)
  return `#   url: ${page.url()}\n#   title: ${title}\n#   text: ${excerpt}`
}
