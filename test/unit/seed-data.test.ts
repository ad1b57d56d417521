import { describe, expect, it } from '@jest/globals'

import type { SeedBlock } from '../../src/seed/data/blocks'
import { seedCommunity } from '../../src/seed/data/community'
import type { SeedCommunityItem } from '../../src/seed/data/community'
import { seedLessons } from '../../src/seed/data/lessons'
import type { SeedLesson } from '../../src/seed/data/lessons'
import { seedStories } from '../../src/seed/data/stories'
import { seedTags } from '../../src/seed/data/tags'
import { seedAuthors, seedReaders } from '../../src/seed/data/users'

// Everything below is copied by hand from seeds/004_… (the "Reliability" tag page).

type Kind = SeedCommunityItem['kind']

/** [title, kind, views as shown, likes, rating as shown (null = none), date, author] */
type CommunityRow = [string, Kind, string, number, [number, number] | null, string, string]

const communityPage: CommunityRow[] = [
  [
    'Metrics, Logs, and Traces: The Three Pillars Without the Marketing',
    'article',
    '313',
    6,
    [4.4, 9],
    '2026-05-17',
    'zarakamau',
  ],
  [
    "Technical Debt: When It's Debt vs When It's Just Old",
    'article',
    '926',
    18,
    [4.2, 13],
    '2026-05-05',
    'nathanrivera',
  ],
  [
    'Datadog Onsite: Five Hours of System Design',
    'interview-experience',
    '730',
    9,
    [4.3, 11],
    '2026-04-30',
    'chloesaeed',
  ],
  [
    'SRE Incident Drill Questions From Our On-Call',
    'question-bundle',
    '827',
    26,
    [4.3, 14],
    '2026-03-30',
    'alexsaeed',
  ],
  [
    'The Refactoring Playbook: Six Moves I Use Weekly',
    'article',
    '489',
    10,
    null,
    '2026-03-22',
    'arjunpatel',
  ],
  [
    'Database Migrations: A Zero-Downtime Playbook',
    'article',
    '659',
    16,
    null,
    '2026-03-22',
    'hannahchakraborty',
  ],
  [
    'Infrastructure as Code: Terraform vs Pulumi vs CDK',
    'article',
    '832',
    26,
    [4.0, 11],
    '2026-03-21',
    'nathanmurphy',
  ],
  [
    'Rate Limiting on the Edge with a Redis Token Bucket',
    'article',
    '463',
    14,
    [4.4, 10],
    '2026-03-17',
    'antonmorgan',
  ],
  [
    "Docker for Devs Who Don't Want to Be Sysadmins",
    'article',
    '234',
    5,
    [4.2, 12],
    '2026-03-14',
    'hannahchakraborty',
  ],
  [
    'Testing Pyramid vs Trophy: Pick the Right Shape',
    'article',
    '644',
    9,
    [4.2, 14],
    '2026-03-04',
    'aishasantos',
  ],
  [
    'The On-Call Handbook for Engineers Who Hate Being On-Call',
    'article',
    '548',
    15,
    null,
    '2026-03-04',
    'gabrielkhalil',
  ],
  [
    'CI/CD Pipelines: Stop Letting Them Rot',
    'article',
    '1k',
    10,
    [4.1, 9],
    '2026-01-21',
    'sanjayward',
  ],
  [
    'Feature Flags: Three Patterns I Keep Reusing',
    'article',
    '837',
    8,
    [4.3, 13],
    '2026-01-09',
    'valentinamwangi',
  ],
  [
    'Connection Pooling, PgBouncer, and the Prisma Trap',
    'article',
    '322',
    2,
    [4.3, 13],
    '2026-01-08',
    'ananyanakamura',
  ],
  [
    'Idempotency Keys: The Pattern Stripe Taught Everyone',
    'article',
    '577',
    4,
    [4.1, 12],
    '2025-12-31',
    'chloekelly',
  ],
  [
    'Webhook Design: Retries, Signatures, and Replay Protection',
    'article',
    '1k',
    31,
    [4.3, 11],
    '2025-12-29',
    'oliviadelgado',
  ],
  [
    'AWS Lambda Cold Starts: What Actually Helps',
    'article',
    '596',
    18,
    [4.3, 10],
    '2025-12-23',
    'liamsuzuki',
  ],
  [
    'Incident Debrief Questions They Asked Me',
    'question-bundle',
    '798',
    25,
    null,
    '2025-12-18',
    'lilyadeyemi',
  ],
]

/** The tags under each community item, in page order. */
const communityTags: string[][] = [
  ['monitoring', 'logging', 'tracing', 'alerting', 'reliability'],
  ['craftsmanship', 'code-organization', 'clean-code', 'reliability', 'decision-making'],
  ['system-design', 'interview-prep', 'distributed-systems', 'monitoring', 'reliability'],
  ['reliability', 'on-call', 'monitoring', 'interview-prep'],
  ['craftsmanship', 'clean-code', 'code-organization', 'reliability'],
  ['database', 'sql', 'reliability', 'backend', 'data-modeling'],
  ['reliability', 'craftsmanship', 'backend', 'code-organization'],
  ['rate-limiting', 'token-bucket', 'redis', 'api-design', 'reliability'],
  ['backend', 'reliability', 'craftsmanship', 'clean-code'],
  ['testing', 'unit-testing', 'craftsmanship', 'reliability', 'code-organization'],
  ['on-call', 'reliability', 'alerting', 'handling-failure', 'craftsmanship'],
  ['reliability', 'craftsmanship', 'performance', 'code-organization'],
  ['reliability', 'code-organization', 'craftsmanship', 'backend'],
  ['database', 'performance', 'backend', 'scalability', 'reliability'],
  ['idempotency', 'stripe', 'api-design', 'system-design', 'reliability'],
  ['webhooks', 'security', 'reliability', 'idempotency', 'api-design'],
  ['serverless', 'performance', 'backend', 'reliability'],
  ['interview-prep', 'behavioral-interview', 'reliability', 'system-design-interview'],
]

type LessonRow = {
  title: string
  track: SeedLesson['track']
  position: number
  level: SeedLesson['level']
  access: SeedLesson['access']
  difficulty: SeedLesson['difficulty']
  views: string
  likes: number
  tags: string[]
}

const lessonPage: LessonRow[] = [
  {
    title: 'Fault Tolerance, Redundancy & Failover',
    track: 'system-design',
    position: 1,
    level: 'intermediate',
    access: 'free',
    difficulty: 'Medium',
    views: '510',
    likes: 11,
    tags: [
      'fault-tolerance',
      'redundancy',
      'failover',
      'circuit-breaker',
      'reliability',
      'availability',
      'distributed-systems',
      'system-design',
    ],
  },
  {
    title: 'Monitoring, Logging, Alerting & SLAs',
    track: 'system-design',
    position: 2,
    level: 'intermediate',
    access: 'premium',
    difficulty: 'Medium',
    views: '474',
    likes: 4,
    tags: [
      'monitoring',
      'alerting',
      'logging',
      'tracing',
      'sla',
      'slo',
      'reliability',
      'system-design',
    ],
  },
  {
    title: 'Debugging & Production Incident Stories',
    track: 'behavioral-interview',
    position: 1,
    level: 'intermediate',
    access: 'free',
    difficulty: 'Medium',
    views: '1.1k',
    likes: 27,
    tags: [
      'behavioral',
      'behavioral-interview',
      'debugging',
      'reliability',
      'monitoring',
      'problem-solving',
      'interview-prep',
      'interview-strategy',
      'story-banking',
      'star-method',
    ],
  },
  {
    title: 'Behavioral for Backend / Infra Engineers',
    track: 'behavioral-interview',
    position: 2,
    level: 'intermediate',
    access: 'free',
    difficulty: 'Medium',
    views: '696',
    likes: 3,
    tags: [
      'behavioral',
      'behavioral-interview',
      'backend',
      'interview-prep',
      'company-specific',
      'reliability',
      'on-call',
      'capacity-planning',
      'role-specific',
    ],
  },
]

/** Whether a view count renders as `shown` ('474', '1k', '1.1k'). */
function viewsMatch(views: number, shown: string): boolean {
  if (!Number.isInteger(views)) return false
  if (shown === '1k') return views >= 1000 && views <= 1049
  if (shown === '1.1k') return views >= 1050 && views <= 1149
  return views === Number(shown)
}

const roundedAverage = (scores: number[]): number =>
  Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10

const wordCount = (blocks: SeedBlock[]): number =>
  blocks
    .map((b) => (b.type === 'ul' ? b.items.join(' ') : b.type === 'hr' ? '' : b.text))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length

const duplicates = (values: string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index)

describe('seed community items', () => {
  it('has the 18 page items: 15 articles, 1 interview experience, 2 question bundles', () => {
    expect(seedCommunity).toHaveLength(18)
    const count = (kind: Kind) => seedCommunity.filter((item) => item.kind === kind).length
    expect(count('article')).toBe(15)
    expect(count('interview-experience')).toBe(1)
    expect(count('question-bundle')).toBe(2)
  })

  it('lists the items in page order with the titles, kinds, likes and authors shown', () => {
    expect(seedCommunity.map((item) => item.title)).toEqual(communityPage.map((row) => row[0]))
    seedCommunity.forEach((item, i) => {
      const [title, kind, , likes, , , author] = communityPage[i]
      expect({ title, kind: item.kind, likes: item.likes, author: item.author }).toEqual({
        title,
        kind,
        likes,
        author,
      })
    })
  })

  it('keeps the tags of each item in page order', () => {
    expect(seedCommunity.map((item) => item.tags)).toEqual(communityTags)
  })

  it('has view counts that render as shown on the page', () => {
    seedCommunity.forEach((item, i) => {
      const [title, , shown] = communityPage[i]
      expect({ title, ok: viewsMatch(item.views, shown) }).toEqual({ title, ok: true })
    })
  })

  it('has rating lists whose count and rounded average match the page', () => {
    seedCommunity.forEach((item, i) => {
      const [title, , , , rating] = communityPage[i]
      for (const score of item.ratings) {
        expect(Number.isInteger(score) && score >= 1 && score <= 5).toBe(true)
      }
      if (rating === null) {
        expect({ title, ratings: item.ratings }).toEqual({ title, ratings: [] })
        return
      }
      const [average, count] = rating
      expect({ title, count: item.ratings.length, average: roundedAverage(item.ratings) }).toEqual({
        title,
        count,
        average,
      })
    })
  })

  it('has enough readers to leave every rating list', () => {
    const most = Math.max(...seedCommunity.map((item) => item.ratings.length))
    expect(seedReaders.length).toBeGreaterThanOrEqual(most)
  })

  it('puts each item on the shown date and sorts newest first in page order', () => {
    seedCommunity.forEach((item, i) => {
      expect(item.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
      expect(item.publishedAt.slice(0, 10)).toBe(communityPage[i][5])
    })
    const sorted = [...seedCommunity].sort(
      (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
    )
    expect(sorted.map((item) => item.title)).toEqual(communityPage.map((row) => row[0]))
    expect(new Set(seedCommunity.map((item) => item.publishedAt)).size).toBe(seedCommunity.length)
  })

  it('stores articles and interview experiences as community-articles with a real body', () => {
    for (const item of seedCommunity.filter((i) => i.kind !== 'question-bundle')) {
      expect(item.collection).toBe('community-articles')
      expect(item.questions).toBeUndefined()
      expect(item.body.some((b) => b.type === 'h2')).toBe(true)
      const words = wordCount(item.body)
      expect(words).toBeGreaterThanOrEqual(150)
      expect(words).toBeLessThanOrEqual(250)
    }
  })

  it('stores question bundles as free Python bundles with four complete questions', () => {
    for (const item of seedCommunity.filter((i) => i.kind === 'question-bundle')) {
      expect(item.collection).toBe('question-bundles')
      expect(item.language).toBe('Python')
      expect(item.access).toBe('free')
      expect(item.questions).toHaveLength(4)
      for (const question of item.questions ?? []) {
        expect(question.prompt.length).toBeGreaterThan(50)
        expect(question.starterCode).toBeTruthy()
        expect(question.hints).toBeTruthy()
        expect(question.solution).toContain('```python')
      }
    }
  })
})

describe('seed lessons', () => {
  it('has the four page lessons with their track, position, level, access and difficulty', () => {
    expect(seedLessons).toHaveLength(4)
    seedLessons.forEach((lesson, i) => {
      const row = lessonPage[i]
      expect({
        title: lesson.title,
        track: lesson.track,
        position: lesson.position,
        level: lesson.level,
        access: lesson.access,
        difficulty: lesson.difficulty,
        likes: lesson.likes,
        tags: lesson.tags,
      }).toEqual({
        title: row.title,
        track: row.track,
        position: row.position,
        level: row.level,
        access: row.access,
        difficulty: row.difficulty,
        likes: row.likes,
        tags: row.tags,
      })
      expect({ title: lesson.title, ok: viewsMatch(lesson.views, row.views) }).toEqual({
        title: row.title,
        ok: true,
      })
    })
  })

  it('has a 250-400 word body, with a teaser break in premium lessons', () => {
    for (const lesson of seedLessons) {
      const words = wordCount(lesson.body)
      expect(words).toBeGreaterThanOrEqual(250)
      expect(words).toBeLessThanOrEqual(400)
      const hr = lesson.body.findIndex((b) => b.type === 'hr')
      if (lesson.access === 'premium') {
        expect(hr).toBeGreaterThanOrEqual(2)
        expect(hr).toBeLessThanOrEqual(3)
        expect(lesson.body.slice(0, hr).every((b) => b.type === 'p')).toBe(true)
      } else {
        expect(hr).toBe(-1)
      }
    }
  })
})

describe('seed references', () => {
  const tagSlugs = new Set(seedTags.map((tag) => tag.slug))

  it('has unique tag slugs, a name for every tag and a description for reliability', () => {
    expect(duplicates(seedTags.map((tag) => tag.slug))).toEqual([])
    for (const tag of seedTags) expect(tag.name.trim()).not.toBe('')
    const reliability = seedTags.find((tag) => tag.slug === 'reliability')
    expect(reliability?.name).toBe('Reliability')
    expect(reliability?.description).toBeTruthy()
  })

  it('defines every tag used by lessons, community items and stories', () => {
    const used = [
      ...seedLessons.flatMap((lesson) => lesson.tags),
      ...seedCommunity.flatMap((item) => item.tags),
      ...seedStories.flatMap((story) => story.tags),
    ]
    expect(used.filter((slug) => !tagSlugs.has(slug))).toEqual([])
  })

  it('defines every author handle as an author, with distinct reader handles', () => {
    const authors = new Set(seedAuthors.map((user) => user.handle))
    expect(seedCommunity.map((item) => item.author).filter((h) => !authors.has(h))).toEqual([])
    expect(seedAuthors.every((user) => user.role === 'author')).toBe(true)
    expect(seedReaders).toHaveLength(16)
    expect(seedReaders.every((user) => user.role === 'reader')).toBe(true)
    const handles = [...seedAuthors, ...seedReaders].map((user) => user.handle)
    expect(duplicates(handles)).toEqual([])
  })

  it('has unique slugs within each collection', () => {
    expect(duplicates(seedLessons.map((lesson) => lesson.slug))).toEqual([])
    expect(duplicates(seedStories.map((story) => story.slug))).toEqual([])
    for (const collection of ['community-articles', 'question-bundles'] as const) {
      const slugs = seedCommunity
        .filter((item) => item.collection === collection)
        .map((item) => item.slug)
      expect(duplicates(slugs)).toEqual([])
    }
  })
})
