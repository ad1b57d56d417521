import type { PayloadRequest, TextField } from 'payload'

import { creatingFormerMember, formerMemberHandle } from '../accounts/formerMemberIdentity'

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
    validate: (
      value: string | null | undefined,
      options: { previousValue?: unknown; req?: Partial<PayloadRequest> } = {},
    ) => {
      if (typeof value !== 'string' || !handlePattern.test(value)) {
        return 'handle must be 3–30 characters: lowercase letters, digits, - or _'
      }
      // Reserved for the placeholder that deleted accounts' content points at.
      const reserved =
        value === formerMemberHandle &&
        options.previousValue !== formerMemberHandle &&
        !options.req?.context?.[creatingFormerMember]
      return reserved ? 'This handle is reserved.' : true
    },
  }
}
