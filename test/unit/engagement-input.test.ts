import { describe, expect, it } from '@jest/globals'

import { parseRatingInput } from '../../src/engagement/input'

const item = { relationTo: 'community-articles', value: 7 }

const refusal = (body: unknown) => {
  try {
    parseRatingInput(body)
  } catch (error) {
    return { status: (error as { status?: number }).status, message: (error as Error).message }
  }
  return null
}

describe('rating input', () => {
  it('accepts an item, an integer score from 1 to 5 and an optional comment', () => {
    expect(parseRatingInput({ item, score: 5, comment: '  Useful. ' })).toEqual({
      item: { collection: 'community-articles', id: 7 },
      score: 5,
      comment: 'Useful.',
    })
    expect(parseRatingInput({ item: { ...item, value: '7' }, score: 1 })).toEqual({
      item: { collection: 'community-articles', id: 7 },
      score: 1,
      comment: null,
    })
  })

  it.each([0, 6, 2.5, '5', null, undefined, Number.NaN, true])('refuses score %p', (score) => {
    expect(refusal({ item, score })).toEqual({
      status: 400,
      message: '"score" must be an integer from 1 to 5.',
    })
  })

  it.each([
    ['no item', { score: 3 }],
    ['an id for an item', { item: 7, score: 3 }],
    ['an unknown collection', { item: { relationTo: 'nope', value: 7 }, score: 3 }],
    ['a collection that is not rated', { item: { relationTo: 'stories', value: 7 }, score: 3 }],
    ['a negative id', { item: { ...item, value: -1 }, score: 3 }],
    ['a fractional id', { item: { ...item, value: 1.5 }, score: 3 }],
    ['an id that is not a number', { item: { ...item, value: 'seven' }, score: 3 }],
    ['a comment that is not text', { item, score: 3, comment: 5 }],
    ['a comment that is too long', { item, score: 3, comment: 'x'.repeat(2001) }],
    ['an array', [item]],
    ['nothing', null],
  ])('refuses %s with a 400', (_name, body) => {
    expect(refusal(body)?.status).toBe(400)
  })
})
