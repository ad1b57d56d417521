import type { Page } from 'playwright-core'

import { describePage } from './browser'
import { eventually } from './eventually'

/** Page helpers for the reference site (src/app/(site)), as a visitor sees it. */
export class Site {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open(path: string): Promise<void> {
    await this.page.goto(`${this.baseURL}${path}`)
  }

  /**
   * Opens `path` until `selector` is on the page. Next's development server compiles a page on
   * its first request and can answer that one with an error page; a visitor would reload too.
   * Each attempt that shows something else is logged with what it showed.
   */
  async openShowing(path: string, selector: string, attempts = 4): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      await this.open(path)
      try {
        await this.page.locator(selector).waitFor({ timeout: 60_000 })
        return
      } catch (error) {
        console.info(`# ${path} (attempt ${attempt}) did not show ${selector}:`)
        console.info(await describePage(this.page))
        if (attempt >= attempts) throw error
      }
    }
  }

  /** Signs up as an author through the site's form; resolves once it asks to check the email. */
  async signUp(account: { name: string; handle: string; email: string; password: string }) {
    const { page } = this
    await this.openShowing('/signup', '#signup-name')
    await page.locator('#signup-name').fill(account.name)
    await page.locator('#signup-handle').fill(account.handle)
    await page.locator('#signup-email').fill(account.email)
    await page.locator('#signup-password').fill(account.password)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page
      .locator('[data-testid="signup-done"]')
      .getByText(/check your email/i)
      .waitFor()
  }

  /** The card titled `title` on the current page. */
  card(title: string) {
    return this.page.locator('[data-testid="card"]').filter({
      has: this.page.locator('[data-testid="card-title"]', { hasText: title }),
    })
  }

  /** The number a count element (`data-testid`, `data-count`) of the tag page shows. */
  async count(kind: string): Promise<number> {
    const element = this.page.locator(`[data-testid="count-${kind}"]`)
    return Number(await element.getAttribute('data-count'))
  }

  /**
   * Reloads `path` until `check` holds: the site renders from the API, whose answers may be
   * cached for the few seconds its Cache-Control allows.
   */
  async until(path: string, what: string, check: () => Promise<boolean>): Promise<void> {
    await eventually(
      what,
      async () => {
        await this.open(path)
        return check()
      },
      90_000,
    )
  }
}
