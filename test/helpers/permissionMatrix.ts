import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { lexicalParagraphs } from '../../src/content/lexical'
import { reviewPublishTaskSlug } from '../../src/review/schedule'
import { createArticle, createBundle, createLesson, createStory, createTag } from './content'
import type { ApiClient, ApiResponse } from './http'
import type { TestPayload } from './payload'
import {
  actors,
  cellsOf,
  type AccountOperation,
  type Actor,
  type Operation,
} from './permissionTable'
import { createTestUser, type TestUser } from './users'

type Id = number

/** The seven callers of the matrix, signed in over REST. */
export interface MatrixFixture {
  ctx: TestPayload
  api: ApiClient
  users: Record<Exclude<Actor, 'anon'>, TestUser>
  tokens: Record<Actor, string | undefined>
  /** A published article by author A that create cells of ratings point at. */
  rateable: Id
}

const hex = () => randomBytes(4).toString('hex')
const far = () => new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()

const roleOf: Record<Exclude<Actor, 'anon'>, 'admin' | 'editor' | 'author' | 'reader'> = {
  reader: 'reader',
  prem: 'reader',
  authA: 'author',
  authB: 'author',
  editor: 'editor',
  admin: 'admin',
}

async function account(payload: Payload, actor: Exclude<Actor, 'anon'>): Promise<TestUser> {
  return createTestUser(
    payload,
    roleOf[actor],
    actor === 'prem' ? { subscription: { tier: 'premium', premiumUntil: far() } } : {},
  )
}

export async function createMatrixFixture(
  ctx: TestPayload,
  api: ApiClient,
): Promise<MatrixFixture> {
  const users = {} as MatrixFixture['users']
  const tokens: MatrixFixture['tokens'] = { anon: undefined } as MatrixFixture['tokens']
  for (const actor of actors) {
    if (actor === 'anon') continue
    users[actor] = await account(ctx.payload, actor)
    tokens[actor] = await api.login(users[actor].email, users[actor].password)
  }
  const rateable = (
    await createArticle(ctx.payload, { author: users.authA.user.id }, { publish: true })
  ).id
  return { ctx, api, users, tokens, rateable }
}

/** How to make a target of a subject and talk about it over REST and GraphQL. */
export interface SubjectSpec {
  collection: CollectionSlug
  /** GraphQL names: `One(id)`, `Many(where)`, `createOne`… (absent: no GraphQL type). */
  gql?: { one: string; many: string; input?: string; updateInput?: string; versionsOf?: string }
  /** Creates a target. `actor` is set for subjects where the target is the actor's own. */
  make: (fx: MatrixFixture, actor?: Actor) => Promise<Id>
  /** A fresh target for every cell (accounts; deletes always get one). */
  fresh?: boolean
  /** The target is the acting user's own account. */
  own?: boolean
  createBody?: (fx: MatrixFixture, actor: Actor) => Promise<unknown>
  gqlCreateBody?: (fx: MatrixFixture, actor: Actor) => Promise<unknown>
  /** A harmless change: the field written and the value each actor writes. */
  field: string
  value: (actor: Actor) => unknown
  /** Extra GraphQL update data the schema insists on (required groups). */
  gqlUpdateExtra?: Record<string, unknown>
  /** REST create goes through a custom endpoint answering at this path. */
  createPath?: string
  /** Where to read a stored value of the target from (trusted, drafts included). */
  drafts?: boolean
}

const unique = () => `${Date.now().toString(36)}${hex()}`

const contentBody = (collection: string, withAuthorFields = false) => {
  const base = {
    title: `Matrix ${unique()}`,
    summary: 'Made by the permission matrix.',
    content: lexicalParagraphs('Opening.', 'Body.'),
  }
  const extra: Record<string, Record<string, unknown>> = {
    stories: {},
    lessons: { track: 'core', level: 'beginner', difficulty: 'Easy', position: 1 },
    'community-articles': { kind: 'article' },
    'question-bundles': {
      language: 'Python',
      questions: [{ prompt: 'Reverse a list.', solution: 'xs[::-1]' }],
    },
  }
  const graphqlRequired = withAuthorFields
    ? { slug: `matrix-${unique()}`, access: 'free', reviewStatus: 'draft' }
    : {}
  return { ...base, ...extra[collection], ...graphqlRequired }
}

const makers = {
  stories: (publish: boolean) => async (fx: MatrixFixture) =>
    (await createStory(fx.ctx.payload, {}, { publish })).id,
  lessons: (publish: boolean) => async (fx: MatrixFixture) =>
    (await createLesson(fx.ctx.payload, { track: 'core' }, { publish })).id,
  'community-articles': (publish: boolean) => async (fx: MatrixFixture) =>
    (await createArticle(fx.ctx.payload, { author: fx.users.authA.user.id }, { publish })).id,
  'question-bundles': (publish: boolean) => async (fx: MatrixFixture) =>
    (await createBundle(fx.ctx.payload, { author: fx.users.authA.user.id }, { publish })).id,
}

const gqlNames = {
  stories: { one: 'Story', many: 'Stories' },
  lessons: { one: 'Lesson', many: 'Lessons' },
  'community-articles': { one: 'CommunityArticle', many: 'CommunityArticles' },
  'question-bundles': { one: 'QuestionBundle', many: 'QuestionBundles' },
} as const

function contentSpec(collection: keyof typeof makers, publish: boolean): SubjectSpec {
  return {
    collection,
    gql: { ...gqlNames[collection], versionsOf: gqlNames[collection].many },
    make: makers[collection](publish),
    createBody: async () => contentBody(collection),
    gqlCreateBody: async () => contentBody(collection, true),
    field: 'summary',
    value: (actor) => `summary by ${actor} ${hex()}`,
    drafts: true,
  }
}

export const contentSpecs: Record<string, SubjectSpec> = {
  'stories/published': contentSpec('stories', true),
  'stories/draft': contentSpec('stories', false),
  'lessons/published': contentSpec('lessons', true),
  'lessons/draft': contentSpec('lessons', false),
  'community-articles/draft of author A': contentSpec('community-articles', false),
  'community-articles/published by author A': contentSpec('community-articles', true),
  'question-bundles/draft of author A': contentSpec('question-bundles', false),
  'question-bundles/published by author A': contentSpec('question-bundles', true),
}

const accountSpec = (role: 'admin' | 'editor' | 'author' | null): SubjectSpec => ({
  collection: 'users',
  gql: { one: 'User', many: 'Users' },
  own: role === null,
  make: async (fx) => {
    if (role) return (await createTestUser(fx.ctx.payload, role)).user.id
    return 0 // replaced by the acting account itself
  },
  createBody: async () => ({
    email: `signup-${unique()}@example.test`,
    password: 'matrix-password-1',
    name: 'Matrix sign-up',
    handle: `m${unique()}`,
  }),
  field: 'name',
  value: (actor) => `Renamed by ${actor}`,
  gqlUpdateExtra: { subscription: { tier: 'free' } },
})

export const accountSpecs: Record<string, SubjectSpec> = {
  'users/an admin account': accountSpec('admin'),
  'users/an editor account': accountSpec('editor'),
  'users/an author account': accountSpec('author'),
  'users/own account': accountSpec(null),
}

async function png(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 4, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
}

async function reviewEventOf(fx: MatrixFixture): Promise<Id> {
  const article = await createArticle(fx.ctx.payload, { author: fx.users.authA.user.id })
  const submitted = await fx.api.post(`/api/community-articles/${article.id}/review`, {
    token: fx.tokens.authA,
    json: { action: 'submit' },
  })
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.text}`)
  const events = await fx.ctx.payload.find({
    collection: 'review-events',
    where: { itemKey: { equals: `community-articles:${article.id}` } },
    depth: 0,
  })
  const event = events.docs[0]
  if (!event) throw new Error('no review event was written')
  return event.id
}

export const sharedSpecs: Record<string, SubjectSpec> = {
  'media/uploaded by an editor': {
    collection: 'media',
    gql: { one: 'Media', many: 'allMedia' },
    make: async (fx) => {
      const data = await png()
      const doc = await fx.ctx.payload.create({
        collection: 'media',
        data: { alt: 'Matrix image' },
        file: { data, mimetype: 'image/png', name: `matrix-${unique()}.png`, size: data.length },
      })
      return doc.id
    },
    createBody: async () => {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(await png())], { type: 'image/png' }),
        `m-${unique()}.png`,
      )
      form.append('_payload', JSON.stringify({ alt: 'Uploaded by the matrix' }))
      return form
    },
    field: 'alt',
    value: (actor) => `alt by ${actor}`,
  },
  'tags/a tag': {
    collection: 'tags',
    gql: { one: 'Tag', many: 'Tags' },
    make: async (fx) => (await createTag(fx.ctx.payload)).id,
    createBody: async () => ({ name: `Matrix tag ${unique()}` }),
    gqlCreateBody: async () => ({
      name: `Matrix tag ${unique()}`,
      slug: `matrix-tag-${unique()}`,
      counts: {
        lessons: 0,
        systemDesigns: 0,
        behavioralInterviews: 0,
        communityItems: 0,
        stories: 0,
      },
    }),
    field: 'description',
    value: (actor) => `described by ${actor}`,
    gqlUpdateExtra: {
      counts: {
        lessons: 0,
        systemDesigns: 0,
        behavioralInterviews: 0,
        communityItems: 0,
        stories: 0,
      },
    },
  },
  'ratings/the reader’s rating': {
    collection: 'ratings',
    gql: { one: 'Rating', many: 'Ratings' },
    make: async (fx) => {
      const article = await createArticle(
        fx.ctx.payload,
        { author: fx.users.authA.user.id },
        { publish: true },
      )
      const rated = await fx.api.post<{ doc: { id: Id } }>('/api/ratings', {
        token: fx.tokens.reader,
        json: { item: { relationTo: 'community-articles', value: article.id }, score: 4 },
      })
      if (rated.status !== 201) throw new Error(`rating failed: ${rated.text}`)
      return rated.body.doc.id
    },
    createBody: async (fx) => ({
      item: { relationTo: 'community-articles', value: fx.rateable },
      score: 3,
    }),
    gqlCreateBody: async (fx) => ({
      item: { relationTo: 'community_articles', value: fx.rateable },
      score: 3,
    }),
    field: 'comment',
    value: (actor) => `comment by ${actor}`,
  },
  'likes/the reader’s like': {
    collection: 'likes',
    gql: { one: 'Like', many: 'Likes' },
    make: async (fx) => {
      const article = await createArticle(
        fx.ctx.payload,
        { author: fx.users.authA.user.id },
        { publish: true },
      )
      const liked = await fx.api.post(`/api/community-articles/${article.id}/like`, {
        token: fx.tokens.reader,
      })
      if (liked.status >= 300) throw new Error(`like failed: ${liked.text}`)
      const likes = await fx.ctx.payload.find({
        collection: 'likes',
        where: { itemKey: { equals: `community-articles:${article.id}` } },
        depth: 0,
      })
      return likes.docs[0]!.id
    },
    createBody: async (fx) => ({
      user: fx.users.reader.user.id,
      item: { relationTo: 'community-articles', value: fx.rateable },
    }),
    gqlCreateBody: async (fx) => ({
      user: fx.users.reader.user.id,
      item: { relationTo: 'community_articles', value: fx.rateable },
    }),
    field: 'itemKey',
    value: (actor) => `community-articles:${actor.length}`,
  },
  'review-events/an event on author A’s article': {
    collection: 'review-events',
    gql: { one: 'ReviewEvent', many: 'ReviewEvents' },
    make: reviewEventOf,
    createBody: async (fx) => ({
      item: { relationTo: 'community-articles', value: fx.rateable },
      at: new Date().toISOString(),
      by: fx.users.editor.user.id,
      owner: fx.users.authA.user.id,
      action: 'approve',
      from: 'in-review',
      to: 'approved',
    }),
    field: 'note',
    value: (actor) => `note by ${actor}`,
  },
}

async function lockOf(fx: MatrixFixture): Promise<Id> {
  const article = await createArticle(fx.ctx.payload, { author: fx.users.authA.user.id })
  const lock = await fx.ctx.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'community-articles', value: article.id },
      user: { relationTo: 'users', value: fx.users.authA.user.id },
    },
  })
  return lock.id
}

export const systemSpecs: Record<string, SubjectSpec> = {
  'payload-locked-documents/author A’s lock on A’s draft': {
    collection: 'payload-locked-documents',
    gql: { one: 'PayloadLockedDocument', many: 'PayloadLockedDocuments' },
    make: lockOf,
    // Taking over a lock moves it to the caller: every cell starts from author A's own lock.
    fresh: true,
    createBody: async (fx) => {
      const article = await createArticle(fx.ctx.payload, { author: fx.users.authA.user.id })
      return {
        document: { relationTo: 'community-articles', value: article.id },
        user: { relationTo: 'users', value: fx.users.authA.user.id },
      }
    },
    gqlCreateBody: async (fx) => {
      const article = await createArticle(fx.ctx.payload, { author: fx.users.authA.user.id })
      return {
        document: { relationTo: 'community_articles', value: article.id },
        user: { relationTo: 'users', value: fx.users.authA.user.id },
      }
    },
    field: 'globalSlug',
    value: () => null,
  },
  'payload-preferences/the reader’s preference': {
    collection: 'payload-preferences',
    gql: { one: 'PayloadPreference', many: 'PayloadPreferences' },
    make: async (fx) => {
      const created = await fx.api.post<{ doc: { id: Id } }>('/api/payload-preferences', {
        token: fx.tokens.reader,
        json: { key: `matrix-${unique()}`, value: { open: true } },
      })
      if (created.status !== 201) throw new Error(`preference failed: ${created.text}`)
      return created.body.doc.id
    },
    createBody: async () => ({ key: `matrix-${unique()}`, value: { open: false } }),
    field: 'key',
    value: (actor) => `renamed-by-${actor}`,
  },
  'payload-jobs/a queued job': {
    collection: 'payload-jobs',
    gql: { one: 'PayloadJob', many: 'PayloadJobs' },
    make: async (fx) => {
      const job = await fx.ctx.payload.jobs.queue({
        task: reviewPublishTaskSlug,
        input: { collection: 'stories', document: 1, user: 1, publishAt: far() } as never,
        waitUntil: new Date(far()),
      })
      return job.id as Id
    },
    createBody: async () => ({ taskSlug: 'inline', input: {} }),
    field: 'queue',
    value: (actor) => `queue-${actor}`,
  },
  'payload-kv/a stored key': {
    collection: 'payload-kv' as CollectionSlug,
    gql: { one: 'PayloadKv', many: 'PayloadKvs' },
    make: async (fx) => {
      const key = `matrix-${unique()}`
      await fx.ctx.payload.kv.set(key, { stored: true })
      const rows = await fx.ctx.sql<{ id: number }>('select id from payload_kv where key = $1', [
        key,
      ])
      return rows[0]!.id
    },
    createBody: async () => ({ key: `matrix-${unique()}`, data: { x: 1 } }),
    field: 'data',
    value: (actor) => ({ by: actor }),
  },
  'payload-migrations/an applied migration': {
    collection: 'payload-migrations' as CollectionSlug,
    make: async (fx) => {
      const rows = await fx.ctx.sql<{ id: number }>('select id from payload_migrations limit 1')
      return rows[0]!.id
    },
    createBody: async () => ({ name: 'forged', batch: 99 }),
    field: 'batch',
    value: () => 99,
  },
}

// ----------------------------------------------------------------------------------------------
// Performing a cell and reading what it did.

type Stored = { exists: boolean; value: unknown; hash?: unknown; email?: unknown; role?: unknown }

async function storedOf(fx: MatrixFixture, spec: SubjectSpec, id: Id): Promise<Stored> {
  const found = await fx.ctx.payload.find({
    collection: spec.collection,
    where: { id: { equals: id } },
    depth: 0,
    draft: spec.drafts,
    showHiddenFields: true,
    overrideAccess: true,
    pagination: false,
  })
  const doc = found.docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return { exists: false, value: undefined }
  return {
    exists: true,
    value: doc[spec.field],
    hash: doc.hash,
    email: doc.email,
    role: doc.role,
  }
}

async function rowCount(fx: MatrixFixture, spec: SubjectSpec): Promise<number> {
  return (await fx.ctx.payload.count({ collection: spec.collection, overrideAccess: true }))
    .totalDocs
}

const versionsCode = (response: ApiResponse<{ docs?: unknown[] }>) => {
  if (response.status !== 200) return String(response.status)
  return (response.body.docs?.length ?? 0) > 0 ? 'in' : 'out'
}

const listCode = (response: ApiResponse<{ docs?: { id: Id }[] }>, id: Id) => {
  if (response.status !== 200) return String(response.status)
  return response.body.docs?.some((doc) => doc.id === id) ? 'in' : 'out'
}

async function latestVersionId(fx: MatrixFixture, spec: SubjectSpec, id: Id): Promise<Id> {
  const versions = await fx.ctx.payload.findVersions({
    collection: spec.collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const version = versions.docs[0]
  if (!version) throw new Error(`no version of ${spec.collection} ${id}`)
  return Number(version.id)
}

/** The acting user and target of one cell (own-account subjects make a fresh actor). */
export interface CellParties {
  token: string | undefined
  id: Id
}

export async function partiesFor(
  fx: MatrixFixture,
  spec: SubjectSpec,
  actor: Actor,
  shared: Id | undefined,
  fresh: boolean,
): Promise<CellParties> {
  if (spec.own) {
    if (actor === 'anon') return { token: undefined, id: 0 }
    const own = await account(fx.ctx.payload, actor)
    return { token: await fx.api.login(own.email, own.password), id: own.user.id }
  }
  const id = fresh || shared === undefined ? await spec.make(fx, actor) : shared
  return { token: fx.tokens[actor], id }
}

const changed = (code: string, what: string) => `${code}+${what}`

/** Performs one REST cell and answers its observed code (with `+…` when a refusal wrote). */
export async function restCell(
  fx: MatrixFixture,
  spec: SubjectSpec,
  operation: Operation | AccountOperation,
  actor: Actor,
  parties: CellParties,
): Promise<string> {
  const { api } = fx
  const { token, id } = parties
  const base = `/api/${spec.collection}`
  switch (operation) {
    case 'create': {
      const body = await spec.createBody!(fx, actor)
      const before = await rowCount(fx, spec)
      const response =
        body instanceof FormData
          ? await api.post(spec.createPath ?? base, { token, form: body })
          : await api.post(spec.createPath ?? base, { token, json: body })
      const code = String(response.status)
      if (response.status >= 400 && (await rowCount(fx, spec)) !== before)
        return changed(code, 'created')
      return code
    }
    case 'read':
      return String((await api.get(`${base}/${id}?depth=0`, { token })).status)
    case 'readEmail': {
      const response = await api.get<{ email?: string }>(`${base}/${id}?depth=0`, { token })
      if (response.status !== 200) return String(response.status)
      return response.body.email ? 'yes' : 'no'
    }
    case 'list':
      return listCode(await api.get(`${base}?where[id][equals]=${id}&depth=0`, { token }), id)
    case 'versions':
      return versionsCode(
        await api.get(`${base}/versions?where[parent][equals]=${id}&depth=0`, { token }),
      )
    case 'update':
    case 'setPassword':
    case 'setEmail':
    case 'setRole': {
      const before = await storedOf(fx, spec, id)
      const json = accountChange(spec, operation, actor, before)
      const response = await api.patch(`${base}/${id}`, { token, json })
      const after = await storedOf(fx, spec, id)
      return afterWrite(String(response.status), response.status, before, after)
    }
    case 'restore': {
      const version = await latestVersionId(fx, spec, id)
      // Restoring over the live row would publish outside the workflow; the admin and clients
      // restore as a draft.
      const response = await api.post(`${base}/versions/${version}?draft=true`, { token })
      return String(response.status)
    }
    case 'duplicate': {
      const before = await rowCount(fx, spec)
      const response = await api.post(`${base}/${id}/duplicate`, { token, json: {} })
      const code = String(response.status)
      if (response.status >= 400 && (await rowCount(fx, spec)) !== before)
        return changed(code, 'created')
      return code
    }
    case 'bulkUpdate': {
      const before = await storedOf(fx, spec, id)
      const response = await api.patch<{ docs?: { id: Id }[] }>(`${base}?where[id][equals]=${id}`, {
        token,
        json: { [spec.field]: spec.value(actor) },
      })
      const after = await storedOf(fx, spec, id)
      const code = listCode(response, id).replace('in', 'hit').replace('out', 'miss')
      return code === 'hit' ? code : afterWrite(code, response.status, before, after)
    }
    case 'delete': {
      const response = await api.delete(`${base}/${id}`, { token })
      const after = await storedOf(fx, spec, id)
      const code = String(response.status)
      return response.status >= 400 && !after.exists ? changed(code, 'deleted') : code
    }
    case 'bulkDelete': {
      const response = await api.delete<{ docs?: { id: Id }[] }>(
        `${base}?where[id][equals]=${id}`,
        {
          token,
        },
      )
      const after = await storedOf(fx, spec, id)
      const code = listCode(response, id).replace('in', 'hit').replace('out', 'miss')
      return code !== 'hit' && !after.exists ? changed(code, 'deleted') : code
    }
  }
}

function accountChange(
  spec: SubjectSpec,
  operation: Operation | AccountOperation,
  actor: Actor,
  before: Stored,
): Record<string, unknown> {
  switch (operation) {
    case 'setPassword':
      return { password: `new-password-${hex()}` }
    case 'setEmail':
      return { email: `changed-${hex()}@example.test` }
    case 'setRole':
      return { role: before.role === 'admin' || before.role === 'reader' ? 'editor' : 'reader' }
    default:
      return { [spec.field]: spec.value(actor) }
  }
}

/** A refusal must leave the target as it was; an allowed write must have landed. */
function afterWrite(code: string, status: number, before: Stored, after: Stored): string {
  const same =
    after.exists === before.exists &&
    JSON.stringify(after.value) === JSON.stringify(before.value) &&
    after.hash === before.hash &&
    after.email === before.email &&
    after.role === before.role
  if (status >= 400 || code === 'miss') return same ? code : changed(code, 'changed')
  return code
}

// ----------------------------------------------------------------------------------------------
// GraphQL.

interface GraphQLBody {
  data?: unknown
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

const gqlCode = (response: ApiResponse<GraphQLBody>, success: string): string => {
  const error = response.body?.errors?.[0]
  if (!error) return success
  const status = error.extensions?.statusCode
  return status ? String(status) : `error:${error.message}`
}

export async function graphqlCell(
  fx: MatrixFixture,
  spec: SubjectSpec,
  operation: Operation | AccountOperation,
  actor: Actor,
  parties: CellParties,
): Promise<string> {
  const { api } = fx
  const { token, id } = parties
  const names = spec.gql!
  const input = names.input ?? `mutation${names.one}Input`
  const updateInput = names.updateInput ?? `mutation${names.one}UpdateInput`
  switch (operation) {
    case 'create': {
      const data = await (spec.gqlCreateBody ?? spec.createBody)!(fx, actor)
      const before = await rowCount(fx, spec)
      const response = await api.graphql(
        `mutation ($data: ${input}!) { create${names.one}(data: $data) { id } }`,
        { data },
        token,
      )
      const code = gqlCode(response, '201')
      if (code !== '201' && (await rowCount(fx, spec)) !== before) return changed(code, 'created')
      return code
    }
    case 'read': {
      const response = await api.graphql<Record<string, unknown>>(
        `query ($id: Int!) { ${names.one}(id: $id) { id } }`,
        { id },
        token,
      )
      const code = gqlCode(response, '200')
      return code === '200' && !response.body.data?.[names.one] ? '404' : code
    }
    case 'list': {
      const response = await api.graphql<Record<string, { docs: { id: Id }[] } | null>>(
        `query ($id: Int!) { ${names.many}(where: { id: { equals: $id } }) { docs { id } } }`,
        { id },
        token,
      )
      const code = gqlCode(response, 'ok')
      if (code !== 'ok') return code
      return response.body.data?.[names.many]?.docs.some((doc) => doc.id === id) ? 'in' : 'out'
    }
    case 'versions': {
      const field = `versions${names.versionsOf ?? names.many}`
      const response = await api.graphql<Record<string, { docs: { id: Id }[] } | null>>(
        `query ($id: JSON!) { ${field}(where: { parent: { equals: $id } }) { docs { id } } }`,
        { id },
        token,
      )
      const code = gqlCode(response, 'ok')
      if (code !== 'ok') return code
      return (response.body.data?.[field]?.docs.length ?? 0) > 0 ? 'in' : 'out'
    }
    case 'update':
    case 'setPassword':
    case 'setEmail':
    case 'setRole': {
      const before = await storedOf(fx, spec, id)
      const data = { ...accountChange(spec, operation, actor, before), ...spec.gqlUpdateExtra }
      const response = await api.graphql(
        `mutation ($id: Int!, $data: ${updateInput}!) { update${names.one}(id: $id, data: $data) { id } }`,
        { id, data },
        token,
      )
      const code = gqlCode(response, '200')
      const after = await storedOf(fx, spec, id)
      return afterWrite(code, code === '200' ? 200 : 400, before, after)
    }
    case 'restore': {
      const version = await latestVersionId(fx, spec, id)
      const response = await api.graphql(
        `mutation ($id: Int!) { restoreVersion${names.one}(id: $id, draft: true) { id } }`,
        { id: version },
        token,
      )
      return gqlCode(response, '200')
    }
    case 'duplicate': {
      const data = await (spec.gqlCreateBody ?? spec.createBody)!(fx, actor)
      const before = await rowCount(fx, spec)
      const response = await api.graphql(
        `mutation ($id: Int!, $data: ${input}!) { duplicate${names.one}(id: $id, data: $data) { id } }`,
        { id, data },
        token,
      )
      const code = gqlCode(response, '200')
      if (code !== '200' && (await rowCount(fx, spec)) !== before) return changed(code, 'created')
      return code
    }
    case 'delete': {
      const response = await api.graphql(
        `mutation ($id: Int!) { delete${names.one}(id: $id) { id } }`,
        { id },
        token,
      )
      const code = gqlCode(response, '200')
      const after = await storedOf(fx, spec, id)
      return code !== '200' && !after.exists ? changed(code, 'deleted') : code
    }
    default:
      return 'not a GraphQL cell'
  }
}

/**
 * Every write gets a fresh target, so a cell's outcome never depends on what an earlier cell
 * (another caller's update, restore or delete) did to a shared one. Reads share one target.
 */
export const freshTargetFor = (operation: Operation | AccountOperation) =>
  !['read', 'readEmail', 'list', 'versions'].includes(operation)

export { actors, cellsOf }
