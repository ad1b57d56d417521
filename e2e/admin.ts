import type { Page } from 'playwright-core'

import { eventually } from './eventually'

/** Page helpers for Payload's admin as casebook configures it. */
export class Admin {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async signIn(email: string, password: string): Promise<void> {
    const { page } = this
    await page.goto(`${this.baseURL}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
  }

  /** Opens the create view of a collection and fills what every content document has. */
  async startDocument(
    collection: string,
    content: { title: string; summary: string; body: string },
  ): Promise<void> {
    const { page } = this
    await page.goto(`${this.baseURL}/admin/collections/${collection}/create`)
    await page.locator('#field-title').fill(content.title)
    await page.locator('#field-summary').fill(content.summary)
    await this.typeBody(content.body)
  }

  /** Types at the end of the rich-text body. */
  async typeBody(text: string): Promise<void> {
    const editor = this.page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.type(text)
  }

  /** Uploads a new image into an upload field through its "Create New" drawer. */
  async attachNewImage(file: string, alt: string): Promise<void> {
    const { page } = this
    await page.getByRole('button', { name: 'Create New' }).first().click()
    await page.locator('.drawer input[type="file"]').setInputFiles(file)
    await page.locator('.drawer #field-alt').fill(alt)
    await page.locator('.drawer #action-save').click()
    await page.locator('.drawer #field-alt').waitFor({ state: 'detached' })
  }

  /** Picks an existing tag by name in the tags field. */
  async chooseTag(name: string): Promise<void> {
    const { page } = this
    const field = page.locator('#field-tags')
    await field.locator('.rs__control').click()
    await page.keyboard.type(name)
    await page.locator('.rs__option', { hasText: name }).first().click()
    await page.keyboard.press('Escape')
  }

  /** Saves the draft; resolves with the document's id once the edit view has it. */
  async saveDraft(): Promise<string> {
    const { page } = this
    await page.locator('#action-save-draft').click()
    await page.waitForURL((url) => /\/collections\/[^/]+\/\d+$/.test(url.pathname))
    const saveButton = page.locator('#action-save-draft')
    await eventually('the draft is saved', () => saveButton.isDisabled())
    return page.url().split('/').pop()!
  }

  /**
   * Runs a workflow action (`submit`, `request-changes`, `approve`, `publish`, …) by its button;
   * a note (request changes, reject) answers the prompt the button opens. Resolves once the page
   * has reloaded with the new state.
   */
  async runAction(action: string, note?: string): Promise<void> {
    const { page } = this
    const button = page.locator(`#review-action-${action}`)
    await button.waitFor()
    // The buttons wait for unsaved edits (and for the allowed actions to load).
    await eventually(`"${action}" is enabled`, () => button.isEnabled())
    if (note !== undefined) page.once('dialog', (dialog) => void dialog.accept(note))
    await Promise.all([page.waitForEvent('load'), button.click()])
  }

  /** Runs `action` and checks the edit view then shows `state`. */
  async moveTo(action: string, state: string, note?: string): Promise<void> {
    await this.runAction(action, note)
    const shown = await this.reviewStatus()
    if (shown !== state) throw new Error(`after ${action}, the document is ${shown}, not ${state}`)
  }

  /** The review state the edit view shows. */
  async reviewStatus(): Promise<string | null> {
    const badge = this.page.locator(
      '[data-testid="document-review-status"] [data-testid="review-status-badge"]',
    )
    return badge.getAttribute('data-status')
  }

  /** "Delete my account" from the settings menu, confirmed; resolves on the login page. */
  async deleteOwnAccount(): Promise<void> {
    const { page } = this
    await page.goto(`${this.baseURL}/admin`)
    const menu = page.locator('.settings-menu-button')
    const item = page.locator('#delete-my-account')
    await menu.waitFor({ state: 'attached' })
    // The nav may start open or closed, and can still close as the page hydrates (Payload keeps
    // the last state): open it when it is closed, and try again until the menu item shows.
    const inClosedNav = () => menu.evaluate((element) => element.closest('[inert]') !== null)
    await eventually(
      'the settings menu shows "Delete my account"',
      async () => {
        if (await inClosedNav()) {
          await page.locator('.nav-toggler').first().click()
          await page.waitForTimeout(500)
        }
        if (!(await item.isVisible())) await menu.click({ timeout: 5_000 })
        await item.waitFor({ state: 'visible', timeout: 3_000 })
        return true
      },
      60_000,
    )
    page.once('dialog', (dialog) => void dialog.accept())
    await item.click()
    await page.waitForURL((url) => url.pathname.endsWith('/login'))
  }

  async openDocument(collection: string, id: string): Promise<void> {
    await this.page.goto(`${this.baseURL}/admin/collections/${collection}/${id}`)
    await this.page.locator('#field-title').waitFor()
  }
}
