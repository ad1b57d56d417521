/** The handle of the one shared account that deleted accounts' content and history point at. */
export const formerMemberHandle = 'former-member'
export const formerMemberName = 'Former member'
/** An address no mail reaches (RFC 2606 reserves `.invalid`). */
export const formerMemberEmail = 'former-member@casebook.invalid'

/** Set on `req.context` while casebook itself creates the placeholder (the handle is reserved). */
export const creatingFormerMember = 'casebookCreatingFormerMember'

export const isFormerMember = (doc: unknown): boolean =>
  (doc as { handle?: unknown } | null | undefined)?.handle === formerMemberHandle
