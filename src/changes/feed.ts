import type { Payload, PayloadRequest } from 'payload'

import type { ChangeEvent, ChangeSubscriber } from './types'

type TransactionID = number | string

/** The parts of a database adapter the feed wraps: how transactions end. */
interface TransactionEnds {
  commitTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  rollbackTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  sessions?: Record<TransactionID, unknown>
}

/** What one transaction changed, held until it ends. */
interface PendingChanges {
  events: ChangeEvent[]
  touched: Set<string>
}

/**
 * The after-commit change feed of one Payload instance. Hooks record changes with
 * {@link onCommitted} and {@link onCommittedWrite} while their transaction is open; the feed holds
 * them per transaction and tells its subscribers only when that transaction commits. A rollback
 * drops them, so a change that did not happen is never announced. Subscribers (webhooks, the
 * response cache) run in this process, one after the other.
 */
export class ChangeFeed {
  private readonly pending = new Map<TransactionID, PendingChanges>()
  private readonly subscribers: ChangeSubscriber[] = []
  private db: TransactionEnds | undefined

  constructor(private readonly payload: Payload) {}

  /** Adds a subscriber; returns the function that removes it. */
  subscribe(subscriber: ChangeSubscriber): () => void {
    this.subscribers.push(subscriber)
    return () => {
      const index = this.subscribers.indexOf(subscriber)
      if (index >= 0) this.subscribers.splice(index, 1)
    }
  }

  /** Holds `event` until the request's transaction commits; without one, the write is final. */
  async record(req: Pick<PayloadRequest, 'transactionID'>, event: ChangeEvent): Promise<void> {
    const changes = await this.pendingOf(req)
    if (!changes) return this.publish({ events: [event], touched: new Set() })
    changes.events.push(event)
  }

  /** Holds "`slug` was written" until the request's transaction commits. */
  async touch(req: Pick<PayloadRequest, 'transactionID'>, slug: string): Promise<void> {
    const changes = await this.pendingOf(req)
    if (!changes) return this.publish({ events: [], touched: new Set([slug]) })
    changes.touched.add(slug)
  }

  /** The changes held for the request's open transaction; none when the write is final. */
  private async pendingOf(
    req: Pick<PayloadRequest, 'transactionID'>,
  ): Promise<PendingChanges | undefined> {
    const id = await req.transactionID
    if (id === undefined || id === null || !this.isOpen(id)) return undefined
    let changes = this.pending.get(id)
    if (!changes) {
      changes = { events: [], touched: new Set() }
      this.pending.set(id, changes)
    }
    return changes
  }

  /**
   * Wraps the adapter's commit and rollback: every transaction ends through them, whoever started
   * it (REST and GraphQL operations, custom endpoints, jobs, bulk operations per document).
   */
  attach(db: TransactionEnds): void {
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    db.commitTransaction = async (incoming) => {
      const id = await incoming
      // A session that is gone was already rolled back: its commit commits nothing.
      const committing = this.isOpen(id, db)
      const changes = this.take(id)
      await commit(id)
      if (committing && changes) await this.publish(changes)
    }
    db.rollbackTransaction = async (incoming) => {
      const id = await incoming
      this.take(id)
      await rollback(id)
    }
    this.db = db
  }

  private isOpen(id: TransactionID, db: TransactionEnds | undefined = this.db): boolean {
    return Boolean(db?.sessions?.[id])
  }

  private take(id: TransactionID): PendingChanges | undefined {
    const changes = this.pending.get(id)
    this.pending.delete(id)
    return changes
  }

  private async publish({ events, touched }: PendingChanges): Promise<void> {
    if (events.length === 0 && touched.size === 0) return
    for (const subscriber of [...this.subscribers]) {
      try {
        await subscriber(events, touched)
      } catch (error) {
        // The change is committed; a subscriber's failure must not turn it into an error.
        this.payload.logger.error({ err: error, msg: 'change feed subscriber failed' })
      }
    }
  }
}

const feeds = new WeakMap<Payload, ChangeFeed>()

/** The change feed of a Payload instance (created, and attached to its database, on first use). */
export function changeFeedOf(payload: Payload): ChangeFeed {
  let feed = feeds.get(payload)
  if (!feed) {
    feed = new ChangeFeed(payload)
    feed.attach(payload.db as unknown as TransactionEnds)
    feeds.set(payload, feed)
  }
  return feed
}

/** Announces `event` to the feed's subscribers once the transaction of `req` has committed. */
export function onCommitted(req: PayloadRequest, event: ChangeEvent): Promise<void> {
  return changeFeedOf(req.payload).record(req, event)
}

/** Announces that `slug` (a collection or global) was written, once `req` has committed. */
export function onCommittedWrite(req: PayloadRequest, slug: string): Promise<void> {
  return changeFeedOf(req.payload).touch(req, slug)
}
