import type { Access, AccessResult, Where } from 'payload'

const isWhere = (result: AccessResult): result is Where =>
  typeof result === 'object' && result !== null

/**
 * Both rules must allow: `false` from either refuses, `true` defers to the other, two `Where`s
 * become `{ and: [theirs, ours] }`. Wraps access a collection already has instead of replacing it.
 */
export const allOf =
  (theirs: Access | undefined, ours: Access): Access =>
  async (args) => {
    const mine = await ours(args)
    if (!mine) return false
    const existing = theirs ? await theirs(args) : true
    if (!existing) return false
    if (isWhere(existing) && isWhere(mine)) return { and: [existing, mine] }
    if (isWhere(existing)) return existing
    return mine
  }
