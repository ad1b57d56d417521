import { describe, expect, it } from '@jest/globals'

import {
  canReadFullBody,
  hasActivePremium,
  isAuthorOf,
  readsAllPremium,
  type Subscriber,
} from '../../src/access/entitlement'
import type { Principal } from '../../src/access/roles'

const now = new Date('2026-06-15T12:00:00.000Z')
const before = '2026-06-15T11:59:59.999Z'
const after = '2026-06-15T12:00:00.001Z'

const user = (overrides: Partial<Subscriber> = {}): Subscriber => ({
  id: 7,
  role: 'reader',
  subscription: { tier: 'free', premiumUntil: null },
  ...overrides,
})
const premium = (premiumUntil: string | null | undefined) =>
  user({ subscription: { tier: 'premium', premiumUntil } })

/** The caller as access decisions see it, premium by the default rule (an active subscription). */
const principal = (subscriber: Subscriber | null): Principal | null =>
  subscriber && {
    id: subscriber.id,
    role: subscriber.role,
    premium: hasActivePremium(subscriber, now),
  }

describe('an active premium subscription', () => {
  it('is premium with no end date, empty or absent', () => {
    expect(hasActivePremium(premium(null), now)).toBe(true)
    expect(hasActivePremium(premium(undefined), now)).toBe(true)
    expect(hasActivePremium(premium(''), now)).toBe(true)
  })

  it('is premium until its end date, and expired from that instant on', () => {
    expect(hasActivePremium(premium(after), now)).toBe(true)
    expect(hasActivePremium(premium(now.toISOString()), now)).toBe(false)
    expect(hasActivePremium(premium(before), now)).toBe(false)
  })

  it('is not a free tier, a missing subscription, an unreadable date or nobody', () => {
    expect(hasActivePremium(user(), now)).toBe(false)
    expect(hasActivePremium(user({ subscription: null }), now)).toBe(false)
    expect(hasActivePremium(user({ subscription: undefined }), now)).toBe(false)
    expect(
      hasActivePremium(user({ subscription: { tier: 'free', premiumUntil: after } }), now),
    ).toBe(false)
    expect(hasActivePremium(premium('not a date'), now)).toBe(false)
    expect(hasActivePremium(null, now)).toBe(false)
  })
})

describe('reading every premium body', () => {
  it('is for editors, admins and active subscribers', () => {
    expect(readsAllPremium(principal(user({ role: 'editor' })))).toBe(true)
    expect(readsAllPremium(principal(user({ role: 'admin' })))).toBe(true)
    expect(readsAllPremium(principal(premium(after)))).toBe(true)
  })

  it('is not for authors, free or expired readers, or anonymous callers', () => {
    expect(readsAllPremium(principal(user({ role: 'author' })))).toBe(false)
    expect(readsAllPremium(principal(user()))).toBe(false)
    expect(readsAllPremium(principal(premium(before)))).toBe(false)
    expect(readsAllPremium(principal(null))).toBe(false)
  })
})

describe('the author of a document', () => {
  it('matches by id, stored or populated, across number and string ids', () => {
    expect(isAuthorOf(user(), { author: 7 })).toBe(true)
    expect(isAuthorOf(user(), { author: '7' })).toBe(true)
    expect(isAuthorOf(user(), { author: { id: 7, name: 'Ann' } })).toBe(true)
  })

  it('does not match another author, no author, or no caller', () => {
    expect(isAuthorOf(user(), { author: 8 })).toBe(false)
    expect(isAuthorOf(user(), { author: null })).toBe(false)
    expect(isAuthorOf(user(), {})).toBe(false)
    expect(isAuthorOf(user(), undefined)).toBe(false)
    expect(isAuthorOf(null, { author: 7 })).toBe(false)
  })
})

describe('reading the full body of one document', () => {
  it('is open to everyone for a free document', () => {
    expect(canReadFullBody(principal(null), { access: 'free' })).toBe(true)
    expect(canReadFullBody(principal(premium(before)), { access: 'free' })).toBe(true)
  })

  it('of a premium document, is for staff, active subscribers and its author only', () => {
    const doc = { access: 'premium', author: 7 }
    expect(canReadFullBody(principal(user({ id: 1, role: 'editor' })), doc)).toBe(true)
    expect(canReadFullBody(principal(user({ id: 1, role: 'admin' })), doc)).toBe(true)
    expect(canReadFullBody(principal({ ...premium(null), id: 1 }), doc)).toBe(true)
    expect(canReadFullBody(principal(user({ role: 'author' })), doc)).toBe(true)
    expect(canReadFullBody(principal(user({ id: 1, role: 'author' })), doc)).toBe(false)
    expect(canReadFullBody(principal({ ...premium(before), id: 1 }), doc)).toBe(false)
    expect(canReadFullBody(principal(user({ id: 1 })), doc)).toBe(false)
    expect(canReadFullBody(principal(null), doc)).toBe(false)
  })

  it('is treated as premium when the tier was not loaded', () => {
    expect(canReadFullBody(principal(null), {})).toBe(false)
    expect(canReadFullBody(principal(null), undefined)).toBe(false)
    expect(canReadFullBody(principal(premium(null)), {})).toBe(true)
  })
})
