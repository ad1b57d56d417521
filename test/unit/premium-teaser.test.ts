import { describe, expect, it } from '@jest/globals'

import { lexicalFromBlocks } from '../../src/content/lexical'
import { teaserOf } from '../../src/content/teaser'
import type { SeedBlock } from '../../src/seed/data/blocks'

const p = (text: string): SeedBlock => ({ type: 'p', text })
const hr: SeedBlock = { type: 'hr' }
const h2 = (text: string): SeedBlock => ({ type: 'h2', text })

/** The teaser written as the blocks it should hold, for comparison. */
const expected = (...blocks: SeedBlock[]) => lexicalFromBlocks(blocks)

describe('teaserOf', () => {
  it('keeps everything before the first horizontal rule', () => {
    const body = lexicalFromBlocks([
      h2('Why'),
      p('One.'),
      p('Two.'),
      p('Three.'),
      hr,
      p('Paid.'),
      hr,
    ])
    expect(teaserOf(body)).toEqual(expected(h2('Why'), p('One.'), p('Two.'), p('Three.')))
  })

  it('without a rule, keeps the first two paragraphs that have text', () => {
    const body = lexicalFromBlocks([
      h2('Intro'),
      p(''),
      p('One.'),
      { type: 'ul', items: ['x'] },
      p('Two.'),
      p('Three.'),
    ])
    expect(teaserOf(body)).toEqual(expected(p('One.'), p('Two.')))
  })

  it('falls back to two paragraphs when nothing precedes the rule', () => {
    const body = lexicalFromBlocks([hr, p('One.'), p('Two.'), p('Three.')])
    expect(teaserOf(body)).toEqual(expected(p('One.'), p('Two.')))
  })

  it('keeps a single paragraph when that is all there is', () => {
    expect(teaserOf(lexicalFromBlocks([p('Only.')]))).toEqual(expected(p('Only.')))
  })

  it('is null without a body or without any opening text', () => {
    expect(teaserOf(null)).toBeNull()
    expect(teaserOf(undefined)).toBeNull()
    expect(teaserOf({})).toBeNull()
    expect(teaserOf(lexicalFromBlocks([]))).toBeNull()
    expect(teaserOf(lexicalFromBlocks([h2('Heading only'), p('')]))).toBeNull()
  })

  it('returns a copy: changing the teaser leaves the body as it was', () => {
    const body = lexicalFromBlocks([p('One.'), hr, p('Two.')])
    const before = JSON.stringify(body)
    const teaser = teaserOf(body)
    ;(teaser?.root.children as unknown[]).push({ type: 'paragraph' })
    expect(JSON.stringify(body)).toBe(before)
  })
})
