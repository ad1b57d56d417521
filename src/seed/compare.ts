const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Whether `stored` already holds everything `desired` says: every key of a desired object must
 * match (keys Payload adds, such as array row ids, are ignored); arrays match item by item and in
 * order; `null` and a missing value are the same. The seed writes only when this is false.
 */
export function holds(stored: unknown, desired: unknown): boolean {
  if (desired === undefined) return true
  if (desired === null) return stored === null || stored === undefined
  if (Array.isArray(desired)) {
    return (
      Array.isArray(stored) &&
      stored.length === desired.length &&
      desired.every((item, i) => holds(stored[i], item))
    )
  }
  if (isPlainObject(desired)) {
    return isPlainObject(stored) && Object.keys(desired).every((k) => holds(stored[k], desired[k]))
  }
  return stored === desired
}
