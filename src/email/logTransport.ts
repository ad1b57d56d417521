import type { Transport } from 'nodemailer'

/** A message as the log transport recorded it. */
export interface LoggedMail {
  to: string
  subject: string
  text: string
  html: string
  at: string
}

const outboxSize = 200
/** The most recent messages sent through the log transport, newest last (for tests and ops). */
export const outbox: LoggedMail[] = []

const asText = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(asText).join(', ')
  if (typeof value === 'object' && 'address' in value) return String(value.address)
  return String(value)
}

/**
 * A nodemailer transport that writes each message to the server log instead of sending it: the
 * default when no SMTP server is configured, so every email the app sends (its subject and text,
 * links included) is visible in dev.
 */
export const logTransport: Transport<{ messageId: string }> = {
  name: 'casebook-log',
  version: '1.0.0',
  send(mail, callback) {
    const entry: LoggedMail = {
      to: asText(mail.data.to),
      subject: asText(mail.data.subject),
      text: asText(mail.data.text),
      html: asText(mail.data.html),
      at: new Date().toISOString(),
    }
    outbox.push(entry)
    if (outbox.length > outboxSize) outbox.shift()
    const mode = process.env.EMAIL_LOG ?? (process.env.NODE_ENV === 'production' ? 'subject' : 'on')
    if (mode !== 'off') {
      // The body too in development: it is how a verification or reset link reaches you. Not in
      // production logs by default, where those links are credentials.
      const body = mode === 'on' ? `\n${entry.text}\n[/email]` : ''
      console.info(`[email] to=${entry.to} subject=${JSON.stringify(entry.subject)}${body}`)
    }
    callback(null, { messageId: `<${Date.now()}.${outbox.length}@casebook.log>` })
  },
}
