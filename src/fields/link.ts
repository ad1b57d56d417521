import type { TextField } from 'payload'

/** A link a visitor may follow: a path on this site or an http(s) address, nothing else. */
export const isSafeLink = (value: string): boolean =>
  /^\/(?!\/)\S*$/.test(value) || /^https?:\/\/[^\s/]+\S*$/i.test(value)

/** A required link field: a site path (`/signup`) or an http(s) address; no other scheme. */
export function linkField(name: string): TextField {
  return {
    name,
    type: 'text',
    required: true,
    maxLength: 500,
    admin: { description: 'A path on this site (/signup) or an http(s) address.' },
    validate: (value: string | null | undefined) =>
      typeof value === 'string' && isSafeLink(value.trim())
        ? true
        : 'link must be a path starting with / or an http(s) address',
  }
}
