import type { Config } from 'payload'

import { changeFeedOf } from '../changes/feed'
import type { SanitizedCasebookOptions } from '../types'
import { queueWebhookDeliveries } from '../webhooks/subscriber'
import { webhookDeliveryTask, webhookQueue } from '../webhooks/task'

/** Due deliveries (first attempts and retries) are picked up within 5 seconds. */

/**
 * Config-level parts of webhooks: the delivery task and its queue (run by `jobs.autoRun` on an
 * instance started with `cron: true`), and, when the instance starts, the change feed's
 * subscriber that queues deliveries after each commit.
 */
export function withWebhooksConfig(
  config: Config,
  options: SanitizedCasebookOptions['webhooks'],
): Config {
  const jobs = config.jobs ?? {}
  const autoRun = jobs.autoRun
  const previousOnInit = config.onInit
  const autoRunDeliveries = { cron: options.runCron, queue: webhookQueue, limit: 20 }
  return {
    ...config,
    jobs: {
      ...jobs,
      tasks: [
        ...(jobs.tasks ?? []),
        webhookDeliveryTask(options.maxAttempts, options.retryDelayMs),
      ],
      autoRun:
        typeof autoRun === 'function'
          ? async (payload) => [...(await autoRun(payload)), autoRunDeliveries]
          : [...(autoRun ?? []), autoRunDeliveries],
    },
    onInit: async (payload) => {
      changeFeedOf(payload).subscribe(queueWebhookDeliveries(payload))
      await previousOnInit?.(payload)
    },
  }
}
