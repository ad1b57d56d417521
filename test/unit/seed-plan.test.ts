import { describe, expect, it } from '@jest/globals'

import { crowdReaders, seedCrowd } from '../../src/seed/crowd'
import { seedCommunity } from '../../src/seed/data/community'
import { seedLessons } from '../../src/seed/data/lessons'
import { seedStories } from '../../src/seed/data/stories'
import { engagementPlans, pickDistinct, seedAccounts } from '../../src/seed/plan'

const authorOf = new Map(seedCommunity.map((item) => [item.slug, item.author]))
const handlePattern = /^[a-z0-9][a-z0-9_-]{2,29}$/

describe('seed accounts', () => {
  it('are distinct, valid handles with realistic two-part names', () => {
    const handles = seedAccounts.map((user) => user.handle)
    expect(new Set(handles).size).toBe(handles.length)
    expect(handles.filter((handle) => !handlePattern.test(handle))).toEqual([])
    expect(seedCrowd.every((user) => user.role === 'reader' && /^\S+ \S+$/.test(user.name))).toBe(
      true,
    )
  })

  it('name the crowd the same way every time, without repeating a name', () => {
    expect(crowdReaders(44)).toEqual(seedCrowd)
    const many = crowdReaders(300)
    expect(new Set(many.map((user) => user.name)).size).toBe(300)
  })
})

describe('engagement plans', () => {
  const plans = engagementPlans()

  it('cover every seeded document once, with its like count and rating list', () => {
    const expected = [...seedStories, ...seedLessons, ...seedCommunity].map((item) => ({
      slug: item.slug,
      likes: item.likes,
      scores: 'ratings' in item ? item.ratings : [],
    }))
    expect(
      plans.map((plan) => ({
        slug: plan.slug,
        likes: plan.likers.length,
        scores: plan.ratings.map((rating) => rating.score),
      })),
    ).toEqual(expected)
  })

  it('use distinct seeded users per document, never its author', () => {
    const known = new Set(seedAccounts.map((user) => user.handle))
    for (const plan of plans) {
      const raters = plan.ratings.map((rating) => rating.handle)
      const author = authorOf.get(plan.slug)
      expect({
        slug: plan.slug,
        distinctLikers: new Set(plan.likers).size === plan.likers.length,
        distinctRaters: new Set(raters).size === raters.length,
        byAuthor: [...plan.likers, ...raters].includes(author ?? ''),
        unknown: [...plan.likers, ...raters].filter((handle) => !known.has(handle)),
      }).toEqual({
        slug: plan.slug,
        distinctLikers: true,
        distinctRaters: true,
        byAuthor: false,
        unknown: [],
      })
    }
  })

  it('are the same on every call (re-seeding finds the same rows)', () => {
    expect(engagementPlans()).toEqual(plans)
  })

  it('refuse a like count that the seeded users cannot back', () => {
    expect(() => pickDistinct(['a', 'b', 'c'], 3, 1, 'b')).toThrow(/3 distinct users needed/)
    expect(pickDistinct(['a', 'b', 'c'], 2, 1, 'b')).toEqual(['c', 'a'])
  })
})
