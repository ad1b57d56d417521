import { outbox, type LoggedMail } from '../../src/email/logTransport'
import type { ApiClient, ApiResponse } from './http'
import type { TestPayload } from './payload'
import { createTestUser, type TestUser } from './users'

export type Role = 'admin' | 'editor' | 'author' | 'reader'

/** A signed-in test user: the account and its REST token. */
export interface Member extends TestUser {
  token: string
}

export async function signUp(
  ctx: TestPayload,
  api: ApiClient,
  role: Role,
  overrides: Parameters<typeof createTestUser>[2] = {},
): Promise<Member> {
  const member = await createTestUser(ctx.payload, role, overrides)
  return { ...member, token: await api.login(member.email, member.password) }
}

/** The review result body of `POST /api/{collection}/{id}/review`. */
export interface ReviewBody {
  action: string
  from: string
  to: string
  reviewStatus: string
  published: boolean
  publishAt: string | null
  scheduled: boolean
  allowed: string[]
  errors?: { message: string; data?: { allowed?: string[] } }[]
}

export function review(
  api: ApiClient,
  token: string | undefined,
  collection: string,
  id: number,
  body: Record<string, unknown>,
): Promise<ApiResponse<ReviewBody>> {
  return api.post<ReviewBody>(`/api/${collection}/${id}/review`, { token, json: body })
}

const table = (collection: string) => collection.replace(/-/g, '_')

/** What the database holds for a document: live row, latest version, counts of versions and events. */
export async function stored(ctx: TestPayload, collection: string, id: number) {
  const [main] = await ctx.sql<{ status: string; review_status: string; title: string }>(
    `SELECT _status AS status, review_status, title, publish_at FROM ${table(collection)} WHERE id = $1`,
    [id],
  )
  const [latest] = await ctx.sql<{ status: string; review_status: string; title: string }>(
    `SELECT version__status AS status, version_review_status AS review_status,
       version_title AS title, version_publish_at AS publish_at
     FROM _${table(collection)}_v WHERE parent_id = $1 AND latest ORDER BY updated_at DESC LIMIT 1`,
    [id],
  )
  const [{ versions }] = await ctx.sql<{ versions: number }>(
    `SELECT count(*)::int AS versions FROM _${table(collection)}_v WHERE parent_id = $1`,
    [id],
  )
  const [{ events }] = await ctx.sql<{ events: number }>(
    `SELECT count(*)::int AS events FROM review_events WHERE item_key = $1`,
    [`${collection}:${id}`],
  )
  return { main, latest, versions, events }
}

/** History rows of a document, oldest first, straight from the table. */
export async function historyOf(ctx: TestPayload, collection: string, id: number) {
  return ctx.sql<{ action: string; from: string; to: string; note: string | null; by_id: number }>(
    `SELECT action, "from", "to", note, by_id, owner_id FROM review_events
     WHERE item_key = $1 ORDER BY at, id`,
    [`${collection}:${id}`],
  )
}

/** A point in the outbox; `mailsSince` returns what was sent after it. */
export type OutboxMark = LoggedMail | undefined
export const outboxMark = (): OutboxMark => outbox.at(-1)

/** Messages the log transport recorded after `mark` (to `email`, if given). */
export function mailsSince(mark: OutboxMark, email?: string): LoggedMail[] {
  const after = mark ? outbox.slice(outbox.indexOf(mark) + 1) : [...outbox]
  return email ? after.filter((mail) => mail.to === email) : after
}
