/**
 * Lexical nodes whose stored form is what Payload answers: no relationship, upload, link or
 * block node, which Payload populates or runs field hooks on when it reads them.
 */
const plainNodeTypes = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'list',
  'listitem',
  'quote',
  'linebreak',
  'horizontalrule',
  'tab',
])

/**
 * Whether stored rich text reads back unchanged through Payload: null, or a Lexical state made of
 * plain nodes only. Anything else (or anything unexpected) is left to Payload's read.
 */
export function readsAsStored(state: unknown): boolean {
  if (state === null || state === undefined) return true
  if (typeof state !== 'object') return false
  const root = (state as { root?: unknown }).root
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const node = pending.pop()
    if (!node || typeof node !== 'object') return false
    const { type, children } = node as { type?: unknown; children?: unknown }
    if (typeof type !== 'string' || !plainNodeTypes.has(type)) return false
    if (children === undefined) continue
    if (!Array.isArray(children)) return false
    pending.push(...(children as unknown[]))
  }
  return true
}
