import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { CommunityArticle, Lesson, QuestionBundle, Story, Tag } from '../../payload-types'
import { lexicalParagraphs } from '../../src/content/lexical'

const unique = () => randomBytes(4).toString('hex')

export interface CreateOptions {
  /** Publish immediately (default: save as draft). */
  publish?: boolean
  /** The signed-in user the Local API acts for; omitted = trusted server code. */
  user?: { id: number }
}

export async function createTag(payload: Payload, name = `Tag ${unique()}`): Promise<Tag> {
  return payload.create({ collection: 'tags', data: { name } as Tag })
}

const status = (options: CreateOptions) =>
  options.publish ? { _status: 'published' as const } : { _status: 'draft' as const }

export async function createStory(
  payload: Payload,
  data: Partial<Story> = {},
  options: CreateOptions = {},
): Promise<Story> {
  return payload.create({
    collection: 'stories',
    data: {
      title: `Story ${unique()}`,
      summary: 'What happened, and what we learned.',
      content: lexicalParagraphs('It started on a Tuesday.', 'Then the cache emptied.'),
      ...status(options),
      ...data,
    } as Story,
    draft: !options.publish,
    user: options.user,
    overrideAccess: !options.user,
  })
}

export async function createLesson(
  payload: Payload,
  data: Partial<Lesson> = {},
  options: CreateOptions = {},
): Promise<Lesson> {
  return payload.create({
    collection: 'lessons',
    data: {
      title: `Lesson ${unique()}`,
      summary: 'A lesson.',
      track: 'system-design',
      content: lexicalParagraphs('First paragraph.', 'Second paragraph.', 'Third paragraph.'),
      ...status(options),
      ...data,
    } as Lesson,
    draft: !options.publish,
    user: options.user,
    overrideAccess: !options.user,
  })
}

export async function createArticle(
  payload: Payload,
  data: Partial<CommunityArticle> = {},
  options: CreateOptions = {},
): Promise<CommunityArticle> {
  return payload.create({
    collection: 'community-articles',
    data: {
      title: `Article ${unique()}`,
      summary: 'An article.',
      content: lexicalParagraphs('Opening.', 'Body.'),
      ...status(options),
      ...data,
    } as CommunityArticle,
    draft: !options.publish,
    user: options.user,
    overrideAccess: !options.user,
  })
}

export async function createBundle(
  payload: Payload,
  data: Partial<QuestionBundle> = {},
  options: CreateOptions = {},
): Promise<QuestionBundle> {
  return payload.create({
    collection: 'question-bundles',
    data: {
      title: `Bundle ${unique()}`,
      summary: 'Questions.',
      language: 'Python',
      questions: [{ prompt: 'Reverse a list.', solution: 'Use slicing: xs[::-1]' }],
      ...status(options),
      ...data,
    } as QuestionBundle,
    draft: !options.publish,
    user: options.user,
    overrideAccess: !options.user,
  })
}
