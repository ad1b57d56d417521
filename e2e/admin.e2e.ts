import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

import { startServer } from '../test/helpers/serverProcess'

/**
 * Browser check of the admin: the real host on a fresh embedded database, Debian's Chromium
 * (apt-get install chromium), a login page, a sign-in, and the content collections in the nav.
 */
async function main() {
  const email = 'e2e-admin@casebook.localhost'
  const password = randomBytes(12).toString('base64url')
  const server = await startServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
  const artifacts = path.resolve('e2e', 'artifacts')
  let browser: Browser | undefined
  try {
    await mkdir(artifacts, { recursive: true })
    // Launched inside the try: a browser that fails to start must still stop the server.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    })
    const page = await browser.newPage()
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle', timeout: 180_000 })
    assert.match(page.url(), /\/admin\/login/, 'an anonymous visit lands on the login page')
    await page.locator('input[name="email"]').waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(artifacts, 'login.png') })
    console.info('login page: ok')

    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    await page.getByText('Stories').first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(artifacts, 'dashboard.png'), fullPage: true })
    console.info('sign-in and dashboard: ok')
  } finally {
    await browser?.close()
    const code = await server.stop()
    assert.equal(code, 0, 'the server stops cleanly on SIGINT')
  }
  console.info('e2e: 2 passed, 0 failed')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
