import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** A block of prose, turned into Lexical rich text (seed content, tests). */
export type ProseBlock =
  | { type: 'h2'; text: string }
  | { type: 'p'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'hr' }

type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

function nodeOf(block: ProseBlock): LexicalNode {
  switch (block.type) {
    case 'h2':
      return element('heading', [text(block.text)], { tag: 'h2' })
    case 'p':
      return element('paragraph', [text(block.text)], { textFormat: 0, textStyle: '' })
    case 'hr':
      return { type: 'horizontalrule', version: 1 }
    case 'ul':
      return element(
        'list',
        block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
        { listType: 'bullet', start: 1, tag: 'ul' },
      )
  }
}

/** Lexical editor state for a list of simple blocks (headings, paragraphs, lists, rules). */
export function lexicalFromBlocks(blocks: ProseBlock[]): SerializedEditorState {
  return {
    root: element('root', blocks.map(nodeOf)) as unknown as SerializedEditorState['root'],
  }
}

/** Lexical editor state of plain paragraphs. */
export function lexicalParagraphs(...paragraphs: string[]): SerializedEditorState {
  return lexicalFromBlocks(paragraphs.map((p) => ({ type: 'p', text: p })))
}
