import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'

/** Whether a value from the API is a Lexical editor state the converters can render. */
export function isEditorState(value: unknown): value is SerializedEditorState {
  const root = (value as { root?: { children?: unknown } } | null | undefined)?.root
  return Array.isArray(root?.children)
}

/** A rich-text body (or teaser) from the API, rendered with lexical's JSX converters. */
export function RichBody({ value, testId }: { value: unknown; testId: string }) {
  if (!isEditorState(value)) return null
  return (
    <div data-testid={testId}>
      <RichText data={value} className="rich-text" />
    </div>
  )
}
