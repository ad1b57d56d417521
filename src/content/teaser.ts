import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

interface LexicalNode {
  type?: unknown
  text?: unknown
  children?: unknown
}

const teaserParagraphs = 2

function hasText(node: LexicalNode): boolean {
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  return Array.isArray(node.children) && (node.children as LexicalNode[]).some(hasText)
}

function opening(children: LexicalNode[]): LexicalNode[] {
  const rule = children.findIndex((node) => node.type === 'horizontalrule')
  const beforeRule = rule === -1 ? [] : children.slice(0, rule)
  if (beforeRule.some(hasText)) return beforeRule
  // Empty paragraphs (blank lines in the editor) are not prose; skip them.
  return children
    .filter((node) => node.type === 'paragraph' && hasText(node))
    .slice(0, teaserParagraphs)
}

/**
 * The teaser of a Lexical body: its top-level nodes up to the first horizontal rule, or, without
 * a rule (or with nothing before it), its first two non-empty paragraphs. `null` when the body
 * has no such opening. The result is a new editor state; the body is not modified.
 */
export function teaserOf(body: unknown): SerializedEditorState | null {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return null
  const children = opening(root.children as LexicalNode[])
  if (children.length === 0) return null
  return structuredClone({ root: { ...root, children } }) as unknown as SerializedEditorState
}
