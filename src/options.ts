import path from 'node:path'

import { hasActivePremium, type Subscriber } from './access/entitlement'
import { roles, type Role } from './access/roles'
import type {
  AccountDocument,
  CasebookPluginOptions,
  SanitizedCasebookOptions,
  WebhookOptions,
} from './types'

/** The default `roleOf`: the account's `role` field, when it names a casebook role. */
const roleField = (user: AccountDocument): Role | null =>
  (roles as readonly unknown[]).includes(user.role) ? (user.role as Role) : null

/** The default `isPremium`: an active premium subscription on the account's `subscription`. */
const activeSubscription = (user: AccountDocument, now: Date): boolean =>
  hasActivePremium(user as unknown as Subscriber, now)

const positiveInteger = (value: number | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`casebookPlugin: ${name} must be a positive integer, got ${String(value)}`)
  }
  return value
}

function sanitizeWebhookOptions(options: WebhookOptions = {}): Required<WebhookOptions> {
  return {
    allowPrivateUrls: options.allowPrivateUrls === true,
    timeoutMs: positiveInteger(options.timeoutMs, 5000, 'webhooks.timeoutMs'),
    maxAttempts: positiveInteger(options.maxAttempts, 5, 'webhooks.maxAttempts'),
    retryDelayMs: positiveInteger(options.retryDelayMs, 10_000, 'webhooks.retryDelayMs'),
    runCron: options.runCron || '*/5 * * * * *',
  }
}

/** Applies defaults once and rejects nonsense early, at config time. */
export function sanitizeOptions(options: CasebookPluginOptions = {}): SanitizedCasebookOptions {
  const users = options.users ?? 'users'
  if (typeof users !== 'string' || users.length === 0) {
    throw new Error('casebookPlugin: users must name an auth collection')
  }
  return {
    users,
    roleOf: options.roleOf ?? roleField,
    isPremium: options.isPremium ?? activeSubscription,
    staffWhere: options.staffWhere ?? { role: { in: ['editor', 'admin'] } },
    enabled: options.enabled ?? true,
    mediaDir: path.resolve(/*turbopackIgnore: true*/ options.mediaDir ?? 'media'),
    maxUploadBytes: positiveInteger(options.maxUploadBytes, 5 * 1024 * 1024, 'maxUploadBytes'),
    maxPageSize: positiveInteger(options.maxPageSize, 100, 'maxPageSize'),
    viewWindowSeconds: positiveInteger(options.viewWindowSeconds, 1800, 'viewWindowSeconds'),
    clientAddress: options.clientAddress ?? (() => null),
    authAttemptsPerMinute: positiveInteger(
      options.authAttemptsPerMinute,
      20,
      'authAttemptsPerMinute',
    ),
    webhooks: sanitizeWebhookOptions(options.webhooks),
  }
}
