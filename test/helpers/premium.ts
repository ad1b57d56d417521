import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { CommunityArticle, Lesson, QuestionBundle, Story, Tag } from '../../payload-types'
import { lexicalFromBlocks } from '../../src/content/lexical'
import { createArticle, createBundle, createLesson, createStory, createTag } from './content'
import type { ApiClient } from './http'
import { createTestUser } from './users'

const hex = () => randomBytes(6).toString('hex')

/** Who reads: the four callers who must never see a premium body, and three who must. */
export const lockedOut = ['anonymous', 'freeReader', 'expiredPremium', 'otherAuthor'] as const
export const entitled = ['premiumReader', 'futurePremium', 'editor'] as const
export type Caller = (typeof lockedOut)[number] | (typeof entitled)[number] | 'bundleAuthor'

export interface PremiumFixture {
  /** Strings that exist only inside gated parts (bodies past the teaser, solutions, a draft). */
  markers: {
    lesson: string
    lessonDraft: string
    bundle: string
    solution: string
    article: string
  }
  /** Text that is part of every premium teaser (the opening before the rule). */
  teaserText: string
  tag: Tag
  lesson: Lesson
  bundle: QuestionBundle
  article: CommunityArticle
  /** A free story whose body embeds the premium lesson (a relationship node). */
  story: Story
  lessonVersionId: number
  bundleVersionId: number
  articleVersionId: number
  tokens: Record<Caller, string | undefined>
  ids: Record<Exclude<Caller, 'anonymous'>, number>
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * A premium lesson (with a newer draft), a premium question bundle and a premium community
 * article by `bundleAuthor`, a free story embedding the lesson, likes, a rating, a review event
 * and an admin lock pointing at them, and signed-in callers of every kind.
 */
export async function createPremiumFixture(
  payload: Payload,
  api: ApiClient,
): Promise<PremiumFixture> {
  const markers = {
    lesson: `LESSONSECRET${hex()}`,
    lessonDraft: `DRAFTSECRET${hex()}`,
    bundle: `BUNDLESECRET${hex()}`,
    solution: `SOLUTIONSECRET${hex()}`,
    article: `ARTICLESECRET${hex()}`,
  }
  const teaserText = `Opening before the rule ${hex()}.`
  const gatedBody = (marker: string): Lesson['content'] =>
    lexicalFromBlocks([
      { type: 'p', text: teaserText },
      { type: 'hr' },
      { type: 'p', text: `The part for subscribers: ${marker}.` },
    ]) as unknown as Lesson['content']

  const premium = (tier: 'premium', until?: Date) => ({
    subscription: { tier, premiumUntil: until ? until.toISOString() : null },
  })
  const users = {
    freeReader: await createTestUser(payload, 'reader'),
    expiredPremium: await createTestUser(
      payload,
      'reader',
      premium('premium', new Date(Date.now() - dayMs)),
    ),
    otherAuthor: await createTestUser(payload, 'author'),
    premiumReader: await createTestUser(payload, 'reader', premium('premium')),
    futurePremium: await createTestUser(
      payload,
      'reader',
      premium('premium', new Date(Date.now() + 30 * dayMs)),
    ),
    editor: await createTestUser(payload, 'editor'),
    bundleAuthor: await createTestUser(payload, 'author'),
  }

  const tag = await createTag(payload, `Premium ${hex()}`)
  const lesson = await createLesson(
    payload,
    { access: 'premium', tags: [tag.id], content: gatedBody(markers.lesson) },
    { publish: true },
  )
  // A newer draft revision: its body lives only in the versions table.
  await payload.update({
    collection: 'lessons',
    id: lesson.id,
    draft: true,
    data: { content: gatedBody(markers.lessonDraft) },
  })
  const bundle = await createBundle(
    payload,
    {
      access: 'premium',
      author: users.bundleAuthor.user.id,
      tags: [tag.id],
      content: gatedBody(markers.bundle),
      questions: [{ prompt: 'Find the cycle.', solution: `Floyd: ${markers.solution}` }],
    },
    { publish: true },
  )
  const article = await createArticle(
    payload,
    {
      access: 'premium',
      author: users.bundleAuthor.user.id,
      tags: [tag.id],
      content: gatedBody(markers.article),
    },
    { publish: true },
  )
  // The other author writes something of their own (they are "an author of another document").
  await createArticle(payload, { author: users.otherAuthor.user.id }, { publish: true })

  const storyBody = lexicalFromBlocks([{ type: 'p', text: 'A free story citing a lesson.' }])
  const embedded = {
    type: 'relationship',
    format: '',
    relationTo: 'lessons',
    value: lesson.id,
    version: 2,
  }
  const story = await createStory(
    payload,
    {
      access: 'free',
      content: {
        root: { ...storyBody.root, children: [...storyBody.root.children, embedded] },
      } as Story['content'],
    },
    { publish: true },
  )

  for (const caller of [...lockedOut, ...entitled, 'bundleAuthor'] as const) {
    if (caller === 'anonymous') continue
    const user = users[caller].user.id
    await payload.create({
      collection: 'likes',
      data: { user, item: { relationTo: 'lessons', value: lesson.id } },
    })
    await payload.create({
      collection: 'likes',
      data: { user, item: { relationTo: 'question-bundles', value: bundle.id } },
    })
    await payload.create({
      collection: 'review-events',
      data: {
        item: { relationTo: 'lessons', value: lesson.id },
        at: new Date().toISOString(),
        by: users.editor.user.id,
        owner: user,
        action: 'submit',
        from: 'draft',
        to: 'in-review',
      },
    })
  }
  await payload.create({
    collection: 'ratings',
    data: {
      user: users.otherAuthor.user.id,
      item: { relationTo: 'question-bundles', value: bundle.id },
      score: 4,
    },
  })
  await payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'lessons', value: lesson.id },
      user: { relationTo: 'users', value: users.editor.user.id },
    },
  })

  const latestVersion = async (
    collection: 'lessons' | 'question-bundles' | 'community-articles',
    id: number,
  ) => {
    const versions = await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
    })
    return Number(versions.docs[0].id)
  }

  const tokens = { anonymous: undefined } as Record<Caller, string | undefined>
  const ids = {} as PremiumFixture['ids']
  for (const [caller, { email, password, user }] of Object.entries(users)) {
    tokens[caller as Caller] = await api.login(email, password)
    ids[caller as Exclude<Caller, 'anonymous'>] = user.id
  }
  return {
    markers,
    teaserText,
    tag,
    lesson,
    bundle,
    article,
    story,
    lessonVersionId: await latestVersion('lessons', lesson.id),
    bundleVersionId: await latestVersion('question-bundles', bundle.id),
    articleVersionId: await latestVersion('community-articles', article.id),
    tokens,
    ids,
  }
}
