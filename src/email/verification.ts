import type { PayloadRequest } from 'payload'

interface VerificationArgs {
  req: PayloadRequest
  token: string
  user: { name?: unknown }
}

const escapeHTML = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * The link that verifies an address: the admin's own verify route, which confirms the account and
 * then offers the sign-in page.
 */
export function verificationLink({ req, token }: Pick<VerificationArgs, 'req' | 'token'>): string {
  const { serverURL, routes } = req.payload.config
  const users = (req.payload.config.admin.user ?? 'users') as string
  return `${serverURL}${routes.admin}/${users}/verify/${token}`
}

export const verificationSubject = (): string => 'Confirm your email address for casebook'

/**
 * The verification email's body. The adapter derives its plain-text part from it
 * (`src/email/plainText.ts`), so both say the same.
 */
export function verificationHTML(args: VerificationArgs): string {
  const name = typeof args.user.name === 'string' ? args.user.name : ''
  const link = escapeHTML(verificationLink(args))
  return [
    `<p>Hello${name ? ` ${escapeHTML(name)}` : ''},</p>`,
    '<p>Someone (we hope you) created a casebook account with this email address.',
    'Open this link to confirm it; you can sign in once it is confirmed:</p>',
    `<p><a href="${link}">${link}</a></p>`,
    '<p>If you did not sign up, ignore this email: the account stays unconfirmed.</p>',
  ].join('\n')
}
