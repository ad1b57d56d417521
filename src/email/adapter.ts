import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { intFromEnv } from '../env'
import { logTransport } from './logTransport'
import { plainTextOf } from './plainText'

const withTextPart = (message: SendEmailOptions): SendEmailOptions =>
  typeof message.html === 'string' && !message.text
    ? { ...message, text: plainTextOf(message.html) }
    : message

/** Every message gets a plain-text part: Payload's auth emails come with HTML only. */
async function sendingText(pending: Promise<EmailAdapter>): Promise<EmailAdapter> {
  const adapter = await pending
  return (args) => {
    const initialized = adapter(args)
    return { ...initialized, sendEmail: (message) => initialized.sendEmail(withTextPart(message)) }
  }
}

/**
 * Payload's nodemailer adapter: SMTP when SMTP_HOST is set, otherwise a transport that logs each
 * message (never an external test service).
 */
export function emailAdapter() {
  const defaultFromAddress = process.env.EMAIL_FROM ?? 'casebook@localhost'
  const defaultFromName = process.env.EMAIL_FROM_NAME ?? 'casebook'
  if (process.env.SMTP_HOST) {
    return sendingText(
      nodemailerAdapter({
        defaultFromAddress,
        defaultFromName,
        transportOptions: {
          host: process.env.SMTP_HOST,
          port: intFromEnv('SMTP_PORT', 587),
          secure: process.env.SMTP_SECURE === 'true',
          auth: process.env.SMTP_USER
            ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD }
            : undefined,
        },
      }),
    )
  }
  return sendingText(
    nodemailerAdapter({
      defaultFromAddress,
      defaultFromName,
      skipVerify: true,
      transport: nodemailer.createTransport(logTransport),
    }),
  )
}
