import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Lesson, StoriesIndex } from '../../payload-types'
import { apiClient, type ApiClient } from '../helpers/http'
import { startServer, type RunningServer } from '../helpers/serverProcess'

/**
 * The reference site as a visitor gets it: the real development server (Next included) on a
 * seeded database, pages fetched over HTTP. Each page compiles on its first request, hence the
 * long timeouts.
 */
const adminEnv = { ADMIN_EMAIL: 'site-admin@example.test', ADMIN_PASSWORD: 'site-admin-password' }
let server: RunningServer
let api: ApiClient
let adminToken: string

beforeAll(async () => {
  server = await startServer({
    ...adminEnv,
    SEED_ON_FIRST_START: 'true',
    // Short, so a change to the texts reaches the page within a test.
    RESPONSE_CACHE_MAX_AGE_SECONDS: '1',
    RESPONSE_CACHE_STALE_SECONDS: '1',
  })
  api = apiClient(server.url)
  adminToken = await api.login(adminEnv.ADMIN_EMAIL, adminEnv.ADMIN_PASSWORD)
  // Long: the server waits for another test's Next dev server to exit (one per checkout).
}, 600_000)

afterAll(async () => {
  await server?.stop()
})

const page = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { status: response.status, html: await response.text() }
}

const count = (html: string, fragment: string) => html.split(fragment).length - 1

/** Text as React writes it into HTML. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;')

describe('the reference site', () => {
  it('/ shows the stories index texts from the API and every published story', async () => {
    const { status, html } = await page('/')
    expect(status).toBe(200)
    expect(html).toContain('Real Engineering Stories')
    expect(html).toContain('Lessons from Production Systems')
    expect(html).toContain('Ready to practice?')
    expect(html).toContain('Start Practicing')
    expect(count(html, 'data-testid="story-card"')).toBe(9)
    expect(html).toContain('The Cache Stampede That Took Down Our API')
  }, 180_000)

  it('/ shows what an editor changes in the texts, within the max-age the API sends', async () => {
    const heading = `Stories from production ${Date.now()}`
    const changed = await api.post<{ result: StoriesIndex }>('/api/globals/stories-index', {
      token: adminToken,
      json: { heading },
    })
    expect(changed.status).toBe(200)
    let html = ''
    for (let attempt = 0; attempt < 20 && !html.includes(heading); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      html = (await page('/')).html
    }
    expect(html).toContain(heading)
  }, 60_000)

  it('/tags/reliability shows counts, sections and cards as the tag page does', async () => {
    const { status, html } = await page('/tags/reliability')
    expect(status).toBe(200)
    expect(html).toContain('data-testid="tag-name">Reliability<')
    expect(html).toContain('data-testid="count-lessons" data-count="0"')
    expect(html).toContain('data-testid="count-systemDesigns" data-count="2"')
    expect(html).toContain('data-testid="count-behavioralInterviews" data-count="2"')
    expect(html).toContain('data-testid="count-communityItems" data-count="18"')
    expect(html).not.toContain('data-testid="section-lessons"')
    expect(count(html, 'data-testid="card" ')).toBeGreaterThanOrEqual(22)
    // The first community card of the page: views, likes, rating, date and author.
    expect(html).toContain('Metrics, Logs, and Traces: The Three Pillars Without the Marketing')
    expect(html).toContain('data-testid="card-rating">4.4 (9)<')
    expect(html).toContain('data-testid="card-date">May 17, 2026<')
    expect(html).toContain('data-testid="card-author">@zarakamau<')
    expect(html).toContain('data-testid="card-views">1.1k<')
    expect(html).toContain('data-access="premium"')
    expect(html).toContain('data-access="free"')
  }, 180_000)

  it('/lessons/<premium> shows the teaser and a lock, and none of the withheld body', async () => {
    const slug = 'monitoring-logging-alerting-slas'
    const full = await api.get<{ docs: Lesson[] }>(
      `/api/lessons?where[slug][equals]=${slug}&depth=0`,
      { token: adminToken },
    )
    const paragraphs = JSON.stringify(full.body.docs[0].content).match(/"text":"([^"]{40,})"/g)
    const last = paragraphs?.at(-1)?.slice(8, -1)
    expect(last).toBeTruthy()

    const { status, html } = await page(`/lessons/${slug}`)
    expect(status).toBe(200)
    expect(html).toContain('data-testid="lock-notice"')
    expect(html).toContain('data-testid="lesson-teaser"')
    expect(html).not.toContain('data-testid="lesson-body"')
    expect(html).not.toContain(escaped(last ?? ''))
  }, 180_000)

  it('/lessons/<free> and /stories/<slug> show the whole body', async () => {
    const lesson = await page('/lessons/fault-tolerance-redundancy-failover')
    expect(lesson.status).toBe(200)
    expect(lesson.html).toContain('data-testid="lesson-body"')
    expect(lesson.html).not.toContain('data-testid="lock-notice"')
    const story = await page('/stories/the-cache-stampede-that-took-down-our-api')
    expect(story.status).toBe(200)
    expect(story.html).toContain('data-testid="story-body"')
    expect(story.html).toContain('<h2>Root cause</h2>')
  }, 180_000)

  it.each(['/tags/no-such-tag', '/stories/no-such-story', '/lessons/no-such-lesson'])(
    '%s answers 404',
    async (path) => {
      expect((await page(path)).status).toBe(404)
    },
    180_000,
  )
})
