import { describe, expect, it } from '@jest/globals'

import { RecentViews } from '../../src/engagement/recentViews'

function clock(start = 0) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('recent views', () => {
  it('counts a (client, item) pair once per window', () => {
    const time = clock()
    const recent = new RecentViews(1000, 10, time.now)
    expect(recent.claim('a|stories:1')).toBe(true)
    expect(recent.claim('a|stories:1')).toBe(false)
    expect(recent.claim('a|stories:2')).toBe(true)
    expect(recent.claim('b|stories:1')).toBe(true)
    time.advance(999)
    expect(recent.claim('a|stories:1')).toBe(false)
    time.advance(1)
    expect(recent.claim('a|stories:1')).toBe(true)
  })

  it('lets a released claim count again', () => {
    const recent = new RecentViews(1000, 10, clock().now)
    expect(recent.claim('a|stories:1')).toBe(true)
    recent.release('a|stories:1')
    expect(recent.claim('a|stories:1')).toBe(true)
  })

  it('stays within its bound, forgetting expired pairs first and then the oldest', () => {
    const time = clock()
    const recent = new RecentViews(1000, 3, time.now)
    recent.claim('a')
    time.advance(600)
    recent.claim('b')
    recent.claim('c')
    time.advance(500)
    // 'a' has expired and goes; the rest stay.
    expect(recent.claim('d')).toBe(true)
    expect(recent.size).toBe(3)
    expect(recent.claim('b')).toBe(false)
    // Full of live pairs: the oldest ('b') is forgotten to make room.
    expect(recent.claim('e')).toBe(true)
    expect(recent.size).toBe(3)
    expect(recent.claim('b')).toBe(true)
    expect(recent.claim('d')).toBe(false)
  })
})
