import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { lexicalParagraphs } from '../../src/content/lexical'
import { createArticle, createBundle, createLesson, createStory } from './content'
import type { ApiClient } from './http'
import type { TestPayload } from './payload'
import { actors, type Actor } from './permissionTable'
import { createFrontendAccount, createTestUser, type TestUser } from './users'

export type Id = number

/** The eight callers of the matrix, signed in over REST (the frontend with its API key). */
export interface MatrixFixture {
  ctx: TestPayload
  api: ApiClient
  users: Record<Exclude<Actor, 'anon'>, TestUser>
  tokens: Record<Actor, string | undefined>
  /** A published article by author A that create cells of ratings point at. */
  rateable: Id
}

export const hex = () => randomBytes(4).toString('hex')
export const far = () => new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()

const roleOf: Record<Exclude<Actor, 'anon' | 'front'>, 'admin' | 'editor' | 'author' | 'reader'> = {
  reader: 'reader',
  prem: 'reader',
  authA: 'author',
  authB: 'author',
  editor: 'editor',
  admin: 'admin',
}

/** A fresh account for `actor`, with the credential it signs in with (`front`: its API key). */
export async function accountWithToken(
  payload: Payload,
  api: ApiClient,
  actor: Exclude<Actor, 'anon'>,
): Promise<{ account: TestUser; token: string }> {
  if (actor === 'front') {
    const frontend = await createFrontendAccount(payload)
    return { account: frontend, token: frontend.token }
  }
  const created = await account(payload, actor)
  return { account: created, token: await api.login(created.email, created.password) }
}

export async function account(
  payload: Payload,
  actor: Exclude<Actor, 'anon' | 'front'>,
): Promise<TestUser> {
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
    const signedIn = await accountWithToken(ctx.payload, api, actor)
    users[actor] = signedIn.account
    tokens[actor] = signedIn.token
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

export const unique = () => `${Date.now().toString(36)}${hex()}`

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
