import type { TextField } from 'payload'

const handlePattern = /^[a-z0-9][a-z0-9_-]{2,29}$/

/** A public, unique @handle: 3–30 lowercase letters, digits, '-' or '_'. */
export function handleField(): TextField {
  return {
    name: 'handle',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { description: 'Public name shown as @handle. Lowercase letters, digits, - and _.' },
    hooks: {
      beforeValidate: [
        ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
      ],
    },
    validate: (value: string | null | undefined) =>
      typeof value === 'string' && handlePattern.test(value)
        ? true
        : 'handle must be 3–30 characters: lowercase letters, digits, - or _',
  }
}
