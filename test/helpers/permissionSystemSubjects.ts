import type { CollectionSlug } from 'payload'
import sharp from 'sharp'

import { reviewPublishTaskSlug } from '../../src/review/schedule'
import { createArticle, createTag } from './content'
import { far, unique, type Id, type MatrixFixture, type SubjectSpec } from './permissionSubjects'

/** A public literal address: no DNS needed, and not internal (the matrix runs without the flag). */
const publicHook = 'https://93.184.215.14/hooks'

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
  'webhooks/a webhook': {
    collection: 'webhooks',
    gql: { one: 'Webhook', many: 'Webhooks' },
    make: async (fx) =>
      (
        await fx.ctx.payload.create({
          collection: 'webhooks',
          data: { url: `${publicHook}/${unique()}`, events: ['published'] },
        })
      ).id,
    createBody: async () => ({ url: `${publicHook}/${unique()}`, events: ['published'] }),
    field: 'url',
    value: (actor) => `${publicHook}/by-${actor}`,
  },
  'webhook-deliveries/a logged attempt': {
    collection: 'webhook-deliveries',
    gql: { one: 'WebhookDelivery', many: 'WebhookDeliveries' },
    make: async (fx) =>
      (
        await fx.ctx.payload.create({
          collection: 'webhook-deliveries',
          data: {
            eventId: unique(),
            type: 'test',
            attempt: 1,
            outcome: 'delivered',
            durationMs: 3,
          },
        })
      ).id,
    createBody: async () => ({
      eventId: unique(),
      type: 'test',
      attempt: 1,
      outcome: 'delivered',
      durationMs: 1,
    }),
    field: 'error',
    value: (actor) => `forged by ${actor}`,
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
