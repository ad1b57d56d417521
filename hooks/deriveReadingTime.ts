import type { CollectionBeforeChangeHook } from 'payload'

const wordsPerMinute = 220

function countWords(node: unknown): number {
  if (!node || typeof node !== 'object') return 0
  const { text, children } = node as { text?: unknown; children?: unknown }
  let words = typeof text === 'string' ? text.split(/\s+/).filter(Boolean).length : 0
  if (Array.isArray(children)) for (const child of children) words += countWords(child)
  return words
}

/** `readingTime` in whole minutes (at least 1), from the words of the Lexical body. */
export const deriveReadingTime: CollectionBeforeChangeHook = ({ data }) => {
  const root = (data.content as { root?: unknown } | null | undefined)?.root
  if (!root) return data
  return { ...data, readingTime: Math.max(1, Math.round(countWords(root) / wordsPerMinute)) }
}
