import type { CommunityArticle, Lesson, QuestionBundle, Story } from '../../payload-types'
import { lexicalFromBlocks } from '../content/lexical'
import type { SeedBlock } from './data/blocks'
import type { SeedCommunityItem } from './data/community'
import type { SeedLesson } from './data/lessons'
import type { SeedStory } from './data/stories'

/** What the seed writes into a document it owns: the payload type minus server-kept fields. */
// Seeded documents are found again by slug, so theirs is always given.
type SeedData<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'reviewHistory'> & { slug: string }

// Every seeded document is live: Local API calls without a user are trusted server code, which
// may set the review state along with `_status`.
const published = { _status: 'published', reviewStatus: 'published' } as const

/** Rich text from seed blocks, in the shape the generated types give a rich-text field. */
function richText(blocks: SeedBlock[]): Story['content'] {
  return { root: lexicalFromBlocks(blocks).root }
}

/** Looks up seeded ids by key, failing loudly on a reference the data does not define. */
export function idsOf(ids: ReadonlyMap<string, number>, keys: readonly string[], what: string) {
  return keys.map((key) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`seed data refers to unknown ${what} "${key}"`)
    return id
  })
}

export function storyData(story: SeedStory, tagIds: ReadonlyMap<string, number>): SeedData<Story> {
  return {
    title: story.title,
    slug: story.slug,
    summary: story.summary,
    content: richText(story.body),
    tags: idsOf(tagIds, story.tags, 'tag'),
    publishedAt: story.publishedAt,
    access: 'free',
    ...published,
  }
}

export function lessonData(
  lesson: SeedLesson,
  tagIds: ReadonlyMap<string, number>,
): SeedData<Lesson> {
  return {
    title: lesson.title,
    slug: lesson.slug,
    summary: lesson.summary,
    track: lesson.track,
    level: lesson.level,
    difficulty: lesson.difficulty,
    position: lesson.position,
    content: richText(lesson.body),
    tags: idsOf(tagIds, lesson.tags, 'tag'),
    publishedAt: lesson.publishedAt,
    access: lesson.access,
    ...published,
  }
}

const communityCommon = (
  item: SeedCommunityItem,
  tagIds: ReadonlyMap<string, number>,
  userIds: ReadonlyMap<string, number>,
) => ({
  title: item.title,
  slug: item.slug,
  summary: item.summary,
  content: richText(item.body),
  tags: idsOf(tagIds, item.tags, 'tag'),
  author: idsOf(userIds, [item.author], 'author')[0],
  publishedAt: item.publishedAt,
  access: item.access,
  ...published,
})

export function articleData(
  item: SeedCommunityItem,
  tagIds: ReadonlyMap<string, number>,
  userIds: ReadonlyMap<string, number>,
): SeedData<CommunityArticle> {
  if (item.kind === 'question-bundle') throw new Error(`${item.slug} is a question bundle`)
  return { ...communityCommon(item, tagIds, userIds), kind: item.kind }
}

export function bundleData(
  item: SeedCommunityItem,
  tagIds: ReadonlyMap<string, number>,
  userIds: ReadonlyMap<string, number>,
): SeedData<QuestionBundle> {
  if (!item.questions?.length) throw new Error(`${item.slug} has no questions`)
  return {
    ...communityCommon(item, tagIds, userIds),
    language: item.language ?? 'Python',
    questions: item.questions.map((q) => ({
      prompt: q.prompt,
      starterCode: q.starterCode ?? null,
      hints: q.hints ?? null,
      solution: q.solution,
    })),
  }
}
