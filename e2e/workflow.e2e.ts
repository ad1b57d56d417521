import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'

import { startServer, type RunningServer } from '../test/helpers/serverProcess'
import { Admin } from './admin'
import { Api } from './api'
import { artifactsDir, describePage, launchBrowser, screenshot } from './browser'
import { eventually } from './eventually'
import { Site } from './site'

/**
 * The editorial story end to end, in Debian's Chromium against the real host on a throwaway
 * database (seeded like a first development start): an editor publishes a story with an image; a
 * visitor signs up as an author, verifies the email, writes and submits an article; the editor
 * requests changes, the author revises and resubmits, the editor approves and publishes; the
 * site's tag page shows the card and a count one higher; the author deletes the account and the
 * article stays, attributed to the former-member placeholder. A screenshot per step in
 * e2e/artifacts/.
 */

const tag = { name: 'Caching', slug: 'caching' }
// Generous: on a cold checkout Next compiles the admin and each site page on first request.
const timeoutMs = 300_000

let passed = 0
/** Errors the pages reported (uncaught exceptions, console errors), printed if a step fails. */
const browserErrors: string[] = []
async function step(name: string, page: Page, run: () => Promise<void>): Promise<void> {
  const started = Date.now()
  try {
    await run()
  } catch (error) {
    console.error(`not ok ${passed + 1} - ${name}; the page:\n${await describePage(page)}`)
    throw error
  } finally {
    await screenshot(page, name).catch(() => undefined)
  }
  passed += 1
  console.info(`ok ${passed} - ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

/** The verification link the server logged for `email` (development sends email to the log). */
async function verificationLink(server: RunningServer, email: string): Promise<string> {
  let link: string | undefined
  await eventually(`a verification email to ${email} is logged`, async () => {
    const logged = server.output().split(`to=${email}`)[1]
    link = /(?:https?:\/\/[^\s/]+)?(\/admin\/users\/verify\/[\w-]+)/.exec(logged ?? '')?.[1]
    return link !== undefined
  })
  return `${server.url}${link}`
}

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => browserErrors.push(`${page.url()}: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(`${page.url()}: ${message.text()}`)
  })
  page.setDefaultTimeout(timeoutMs)
  page.setDefaultNavigationTimeout(timeoutMs)
  return { context, page }
}

async function run(
  server: RunningServer,
  browser: Browser,
  adminAccount: { email: string; password: string },
) {
  const api = new Api(server.url)
  await api.signIn(adminAccount.email, adminAccount.password)
  const editorAccount = await api.createAccount('editor', 'Erin Editor')
  const editor = new Admin((await newPage(browser)).page, server.url)
  const author = new Admin((await newPage(browser)).page, server.url)
  const visitor = new Site((await newPage(browser)).page, server.url)

  const story = {
    title: `The Queue That Never Drained ${randomBytes(2).toString('hex')}`,
    summary: 'A consumer fell behind and nobody noticed for a day.',
    body: 'The backlog grew for six hours before an alert fired.',
  }
  let storySlug = ''
  await step('editor-publishes-story', editor.page, async () => {
    await editor.signIn(editorAccount.email, editorAccount.password)
    await editor.startDocument('stories', story)
    const image = path.join(artifactsDir, 'hero.png')
    await sharp({
      create: { width: 640, height: 360, channels: 3, background: { r: 30, g: 90, b: 160 } },
    })
      .png()
      .toFile(image)
    await editor.attachNewImage(image, 'Queue depth over six hours')
    await editor.saveDraft()
    await editor.moveTo('publish', 'published')
    const { docs } = await api.get<{
      docs: { _status: string; slug: string; heroImage: { filename: string } }[]
    }>(`/stories?where[title][equals]=${encodeURIComponent(story.title)}&depth=1`)
    assert.equal(docs[0]?._status, 'published')
    assert.match(docs[0].heroImage.filename, /\.png$/)
    storySlug = docs[0].slug
  })

  await step('site-shows-the-story', visitor.page, async () => {
    await visitor.until(`/stories/${storySlug}`, 'the story page is live', async () => {
      return (await visitor.page.locator('[data-testid="story-title"]').innerText()) === story.title
    })
    const hero = visitor.page.locator('[data-testid="story-hero"]')
    await eventually('the hero image has loaded', () =>
      hero.evaluate((img) => (img as HTMLImageElement).naturalWidth > 0),
    )
    assert.equal(await hero.getAttribute('alt'), 'Queue depth over six hours')
  })

  const member = {
    name: 'Ada Author',
    handle: `ada-${randomBytes(3).toString('hex')}`,
    email: `ada-${randomBytes(3).toString('hex')}@casebook.localhost`,
    password: randomBytes(12).toString('base64url'),
  }
  await step('visitor-signs-up-and-verifies', visitor.page, async () => {
    await visitor.signUp(member)
    await visitor.page.goto(await verificationLink(server, member.email))
    await visitor.page.waitForURL((url) => url.pathname.endsWith('/login'))
  })

  const countsBefore = await api.tagCounts(tag.slug)
  await visitor.open(`/tags/${tag.slug}`)
  const shownBefore = await visitor.count('communityItems')
  assert.equal(shownBefore, countsBefore.communityItems)

  const article = {
    title: `Warming a Cold Cache Safely ${randomBytes(2).toString('hex')}`,
    summary: 'How we pre-filled a cache before a launch.',
    body: 'We replayed a day of reads against the new cluster.',
  }
  let articleId = ''
  await step('author-writes-and-submits', author.page, async () => {
    await author.signIn(member.email, member.password)
    await author.startDocument('community-articles', article)
    await author.chooseTag(tag.name)
    articleId = await author.saveDraft()
    await author.moveTo('submit', 'in-review')
  })

  const note = 'Please add the numbers: what was the hit rate before and after?'
  await step('editor-requests-changes', editor.page, async () => {
    await editor.page.goto(`${server.url}/admin`)
    const queued = editor.page.locator('[data-testid="review-queue-row"]', {
      hasText: article.title,
    })
    await queued.waitFor()
    await editor.openDocument('community-articles', articleId)
    await editor.moveTo('request-changes', 'changes-requested', note)
  })

  await step('author-revises-and-resubmits', author.page, async () => {
    await author.openDocument('community-articles', articleId)
    const history = author.page.locator('[data-testid="review-history-note"]', { hasText: note })
    await history.first().waitFor()
    await author.typeBody(' The hit rate went from 0 to 93 percent in ten minutes.')
    await author.saveDraft()
    await author.moveTo('submit', 'in-review')
    // Leaves the document, as an author does: an open edit view can hold an edit lock.
    await author.page.goto(`${server.url}/admin`)
  })

  await step('editor-approves-and-publishes', editor.page, async () => {
    await editor.openDocument('community-articles', articleId)
    await editor.moveTo('approve', 'approved')
    await editor.moveTo('publish', 'published')
  })

  await step('tag-page-shows-the-card', visitor.page, async () => {
    await visitor.until(`/tags/${tag.slug}`, 'the tag page shows the new card', async () => {
      return (await visitor.card(article.title).count()) === 1
    })
    assert.equal(await visitor.count('communityItems'), shownBefore + 1)
    assert.equal((await api.tagCounts(tag.slug)).communityItems, countsBefore.communityItems + 1)
    const byline = visitor.card(article.title).locator('[data-testid="card-author"]')
    assert.equal(await byline.innerText(), `@${member.handle}`)
  })

  await step('author-deletes-account', author.page, async () => {
    await author.deleteOwnAccount()
  })

  await step('article-stays-with-placeholder', visitor.page, async () => {
    await visitor.until(`/tags/${tag.slug}`, 'the card names the former member', async () => {
      const byline = visitor.card(article.title).locator('[data-testid="card-author"]')
      return (await byline.innerText()) === '@former-member'
    })
  })
}

async function main() {
  const adminAccount = {
    email: 'e2e-admin@casebook.localhost',
    password: randomBytes(12).toString('base64url'),
  }
  const server = await startServer({
    ADMIN_EMAIL: adminAccount.email,
    ADMIN_PASSWORD: adminAccount.password,
    SEED_ON_FIRST_START: 'true',
  })
  let browser: Browser | undefined
  try {
    // Launched inside the try: a browser that fails to start must still stop the server.
    browser = await launchBrowser()
    await run(server, browser, adminAccount)
  } catch (error) {
    console.error(`# the pages' errors:\n${browserErrors.slice(-20).join('\n') || '(none)'}`)
    console.error(
      `# the server's last lines:\n${server.output().split('\n').slice(-60).join('\n')}`,
    )
    throw error
  } finally {
    await browser?.close()
    const code = await server.stop()
    assert.equal(code, 0, 'the server stops cleanly on SIGINT')
  }
  console.info(`e2e: ${passed} passed, 0 failed`)
}

main().catch((error: unknown) => {
  console.error(error)
  console.error(`e2e: ${passed} passed, 1 failed (screenshots in e2e/artifacts/)`)
  process.exit(1)
})
