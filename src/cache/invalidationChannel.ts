import { randomUUID } from 'node:crypto'

import pg from 'pg'

/** The Postgres channel instances tell each other about writes on. */
export const invalidationChannelName = 'casebook_cache_invalidation'

interface Notice {
  from: string
  slugs: string[]
}

export interface InvalidationChannelOptions {
  connectionString: string
  /** Another instance wrote these collections or globals. */
  onRemoteWrite: (slugs: string[]) => void
  /** Notices may have been missed (the listening connection was down): trust no copy. */
  onGap: () => void
  /** Notices are being heard again. */
  onListening: () => void
  onError: (error: unknown) => void
  reconnectDelayMs?: number
}

const isNotice = (value: unknown): value is Notice =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Notice).from === 'string' &&
  Array.isArray((value as Notice).slugs) &&
  (value as Notice).slugs.every((slug) => typeof slug === 'string')

/**
 * Instances on one database tell each other which collections they wrote, through Postgres
 * LISTEN/NOTIFY: no other service. One dedicated connection listens (reconnecting after a loss,
 * which is reported as a gap); announcing is one `pg_notify` on any connection after the commit.
 */
export class InvalidationChannel {
  readonly instanceId = randomUUID()
  private client: pg.Client | undefined
  private stopped = false
  private retry: NodeJS.Timeout | undefined

  constructor(private readonly options: InvalidationChannelOptions) {}

  async start(): Promise<void> {
    this.stopped = false
    await this.listen()
  }

  /** The statement that tells the other instances `slugs` were written. */
  notice(slugs: readonly string[]): { text: string; values: string[] } {
    const payload: Notice = { from: this.instanceId, slugs: [...slugs] }
    return {
      text: 'select pg_notify($1, $2)',
      values: [invalidationChannelName, JSON.stringify(payload)],
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.retry)
    const client = this.client
    this.client = undefined
    await client?.end().catch(() => undefined)
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString })
    client.on('error', (error) => this.lost(client, error))
    client.on('end', () => this.lost(client))
    client.on('notification', (message) => this.heard(message.payload))
    try {
      await client.connect()
      await client.query(`listen ${invalidationChannelName}`)
    } catch (error) {
      this.lost(client, error)
      return
    }
    if (this.stopped) {
      await client.end().catch(() => undefined)
      return
    }
    this.client = client
    this.options.onListening()
  }

  private heard(raw: string | undefined): void {
    let notice: unknown
    try {
      notice = JSON.parse(raw ?? '')
    } catch {
      return
    }
    if (isNotice(notice) && notice.from !== this.instanceId) {
      this.options.onRemoteWrite(notice.slugs)
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.stopped || (this.client && this.client !== client)) return
    if (this.client === undefined && this.retry) return
    this.client = undefined
    client.removeAllListeners('end')
    client.end().catch(() => undefined)
    if (error) this.options.onError(error)
    this.options.onGap()
    this.retry = setTimeout(() => {
      this.retry = undefined
      void this.listen()
    }, this.options.reconnectDelayMs ?? 1000)
    this.retry.unref()
  }
}
