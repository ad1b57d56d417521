import type { Payload } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import type { ContentCollection } from '../content/registry'
import { notifyTargets, reviewStateLabels, type ReviewAction, type ReviewState } from '../workflow'

/** What happened, as the notification emails tell it. */
export interface ReviewNotice {
  collection: ContentCollection
  id: number
  title: string
  action: ReviewAction
  from: ReviewState
  to: ReviewState
  note: string | null
  /** Set when a publish was scheduled rather than done. */
  scheduledFor: Date | null
  actorName: string
  /** The document's author; editorial documents have none and the editors hear instead. */
  ownerId: number | null
}

const subjects: Record<ReviewAction, (title: string) => string> = {
  submit: (title) => `Review requested: "${title}"`,
  withdraw: (title) => `"${title}" was withdrawn from review`,
  'request-changes': (title) => `Changes requested on "${title}"`,
  approve: (title) => `"${title}" was approved`,
  reject: (title) => `"${title}" was rejected`,
  publish: (title) => `"${title}" is published`,
  unpublish: (title) => `"${title}" was unpublished`,
  reopen: (title) => `"${title}" was reopened`,
}

function subjectOf(notice: ReviewNotice): string {
  if (notice.scheduledFor) {
    return `"${notice.title}" will be published on ${notice.scheduledFor.toISOString()}`
  }
  return subjects[notice.action](notice.title)
}

function textOf(payload: Payload, notice: ReviewNotice): string {
  const { serverURL, routes } = payload.config
  const link = `${serverURL}${routes.admin}/collections/${notice.collection}/${notice.id}`
  return [
    `${notice.actorName}: ${notice.action} "${notice.title}".`,
    `Status: ${reviewStateLabels[notice.from]} -> ${reviewStateLabels[notice.to]}.`,
    ...(notice.scheduledFor ? [`Scheduled for ${notice.scheduledFor.toISOString()}.`] : []),
    ...(notice.note ? [`Note: ${notice.note}`] : []),
    '',
    `Open it: ${link}`,
  ].join('\n')
}

async function emailsOf(payload: Payload, notice: ReviewNotice): Promise<string[]> {
  const toOwner = notifyTargets(notice.action) === 'author' && notice.ownerId !== null
  const { users, staffWhere } = casebookOptionsOf(payload.config)
  const { docs } = await payload.find({
    collection: users as 'users',
    where: toOwner ? { id: { equals: notice.ownerId } } : staffWhere,
    select: { email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
    .map((user) => (user as { email?: unknown }).email)
    .filter((email): email is string => typeof email === 'string' && email.length > 0)
}

/**
 * Emails the people an action concerns through Payload's email adapter: the author hears about
 * decisions on their work, the editors about submissions. One message per recipient, so nobody
 * sees another's address. Failures are logged, never undo the action (it is already committed).
 */
export async function sendReviewNotifications(payload: Payload, notice: ReviewNotice) {
  try {
    const recipients = await emailsOf(payload, notice)
    const subject = subjectOf(notice)
    const text = textOf(payload, notice)
    await Promise.all(recipients.map((to) => payload.sendEmail({ to, subject, text })))
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `review notification for ${notice.collection}:${notice.id} failed`,
    })
  }
}
