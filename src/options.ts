import type { CasebookPluginOptions, SanitizedCasebookOptions } from './types'

const positiveInteger = (value: number | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`casebookPlugin: ${name} must be a positive integer, got ${String(value)}`)
  }
  return value
}

/** Applies defaults once and rejects nonsense early, at config time. */
export function sanitizeOptions(options: CasebookPluginOptions = {}): SanitizedCasebookOptions {
  return {
    enabled: options.enabled ?? true,
    maxUploadBytes: positiveInteger(options.maxUploadBytes, 5 * 1024 * 1024, 'maxUploadBytes'),
    maxPageSize: positiveInteger(options.maxPageSize, 100, 'maxPageSize'),
    viewWindowSeconds: positiveInteger(options.viewWindowSeconds, 1800, 'viewWindowSeconds'),
    clientAddress: options.clientAddress ?? (() => null),
    authAttemptsPerMinute: positiveInteger(
      options.authAttemptsPerMinute,
      20,
      'authAttemptsPerMinute',
    ),
  }
}
