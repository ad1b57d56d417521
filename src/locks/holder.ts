/** A lock's `user` as Payload stores it (depth 0 or 1): the account collection and the account id. */
const heldBy = (user: unknown): { relationTo?: unknown; id?: unknown } => {
  if (!user || typeof user !== 'object') return {}
  const { relationTo, value } = user as { relationTo?: unknown; value?: unknown }
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return { relationTo, id }
}

/** Whether a lock's `user` is the given account (collection and id). */
export function isHeldBy(
  user: unknown,
  account: { collection?: string; id: number | string },
): boolean {
  const holder = heldBy(user)
  return holder.relationTo === account.collection && String(holder.id) === String(account.id)
}
