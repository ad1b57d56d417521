import { describe, expect, it } from '@jest/globals'

import { ResponseCache, type StoredAnswer } from '../../src/cache/responseCache'
import { matchesIfNoneMatch } from '../../src/http/conditional'

const answer = (text: string): StoredAnswer => ({
  status: 200,
  headers: [['content-type', 'application/json']],
  body: Buffer.from(text),
  etag: `"${text}"`,
  shareable: true,
})

const keepAll = () => true

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

describe('ResponseCache', () => {
  it('keeps an answer until its time is up', async () => {
    let now = 0
    const cache = new ResponseCache({ ttlMs: 1000, maxBytes: 1000, now: () => now })
    await cache.fetch('a', ['stories'], async () => answer('one'), keepAll)
    now = 999
    expect(cache.peek('a')?.body.toString()).toBe('one')
    now = 1000
    expect(cache.peek('a')).toBeUndefined()
  })

  it('drops only the answers built from a written collection', async () => {
    const cache = new ResponseCache({ ttlMs: 1000, maxBytes: 1000 })
    await cache.fetch('stories', ['stories', 'tags'], async () => answer('s'), keepAll)
    await cache.fetch('lessons', ['lessons'], async () => answer('l'), keepAll)
    expect(cache.invalidate(['tags'])).toBe(1)
    expect(cache.peek('stories')).toBeUndefined()
    expect(cache.peek('lessons')).toBeDefined()
  })

  it('shares one computation between concurrent misses', async () => {
    const cache = new ResponseCache({ ttlMs: 1000, maxBytes: 1000 })
    let computations = 0
    const gate = deferred<StoredAnswer>()
    const compute = () => {
      computations += 1
      return gate.promise
    }
    const answers = Promise.all(
      Array.from({ length: 10 }, () => cache.fetch('k', ['stories'], compute, keepAll)),
    )
    gate.resolve(answer('x'))
    expect((await answers).every((a) => a.body.toString() === 'x')).toBe(true)
    expect(computations).toBe(1)
  })

  it('does not keep an answer computed across a write, nor let new requests join it', async () => {
    const cache = new ResponseCache({ ttlMs: 1000, maxBytes: 1000 })
    const old = deferred<StoredAnswer>()
    const first = cache.fetch('k', ['stories'], () => old.promise, keepAll)
    cache.invalidate(['stories'])
    const second = cache.fetch('k', ['stories'], async () => answer('new'), keepAll)
    old.resolve(answer('old'))
    expect((await first).body.toString()).toBe('old')
    expect((await second).body.toString()).toBe('new')
    expect(cache.peek('k')?.body.toString()).toBe('new')
  })

  it('keeps nothing it is told not to, and nothing after clear', async () => {
    const cache = new ResponseCache({ ttlMs: 1000, maxBytes: 1000 })
    await cache.fetch(
      'no',
      ['stories'],
      async () => answer('n'),
      () => false,
    )
    expect(cache.peek('no')).toBeUndefined()
    await cache.fetch('yes', ['stories'], async () => answer('y'), keepAll)
    cache.clear()
    expect(cache.size).toBe(0)
  })

  it('stays within its memory budget, least recently used first', async () => {
    const cache = new ResponseCache({ ttlMs: 1000, maxBytes: 25 })
    await cache.fetch('a', ['x'], async () => answer('a'.repeat(9)), keepAll)
    await cache.fetch('b', ['x'], async () => answer('b'.repeat(9)), keepAll)
    cache.peek('a')
    await cache.fetch('c', ['x'], async () => answer('c'.repeat(9)), keepAll)
    expect(cache.peek('b')).toBeUndefined()
    expect(cache.peek('a')).toBeDefined()
    expect(cache.peek('c')).toBeDefined()
    await cache.fetch('huge', ['x'], async () => answer('h'.repeat(100)), keepAll)
    expect(cache.peek('huge')).toBeUndefined()
  })
})

describe('matchesIfNoneMatch', () => {
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    ['', false],
  ])('%s → %s', (header, expected) => {
    expect(matchesIfNoneMatch(header, '"abc"')).toBe(expected)
  })
})
