import type { TextareaField, TextField } from 'payload'
import { text, textarea } from 'payload/shared'

const isText = (value: unknown): boolean =>
  value === null || value === undefined || typeof value === 'string'

/**
 * A single-line text field that refuses anything but a string with 400: Payload's own check
 * measures only the length, and would store an object sent as a value as its JSON text.
 */
export function plainTextField(
  spec: { name: string; required?: boolean; maxLength: number } & Pick<TextField, 'admin'>,
): TextField {
  return {
    ...spec,
    type: 'text',
    validate: (value, options) =>
      isText(value) ? text(value, options) : `${spec.name} must be text`,
  }
}

/** The multi-line counterpart of `plainTextField`. */
export function plainTextareaField(
  spec: { name: string; required?: boolean; maxLength: number } & Pick<TextareaField, 'admin'>,
): TextareaField {
  return {
    ...spec,
    type: 'textarea',
    validate: (value, options) =>
      isText(value) ? textarea(value, options) : `${spec.name} must be text`,
  }
}
