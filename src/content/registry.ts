/**
 * The content collections and the facts every part of casebook needs about them: who owns a
 * document, whether it is rated, which fields are premium, and where a published document is
 * counted on its tags. Collection configs, hooks, endpoints, SQL and the tag page all read this
 * table; nothing else lists content collections.
 */

/** Keys of `tags.counts`, one per kind of content shown on a tag page. */
export const tagCountKeys = [
  'lessons',
  'systemDesigns',
  'behavioralInterviews',
  'communityItems',
  'stories',
] as const
export type TagCountKey = (typeof tagCountKeys)[number]

/**
 * Where a published document is counted: one `tags.counts` key for the whole collection, or one
 * per value of a select field (lessons count by track).
 */
export type TagCountRule =
  { key: TagCountKey } | { byField: string; keys: Readonly<Record<string, TagCountKey>> }

/**
 * The card `kind` of a document on the tag page: a constant, the value of a field, or a field's
 * value mapped (a core-track lesson is a `lesson`).
 */
export type CardKindRule =
  { value: string } | { field: string; values?: Readonly<Record<string, string>> }

export interface ContentCollectionEntry<Slug extends string = string> {
  slug: Slug
  /** Written by community authors: has `author`, who creates and edits their own documents. */
  authored: boolean
  /** Carries the `rating` aggregate and accepts ratings. */
  rateable: boolean
  /** Dotted paths of the fields only entitled readers see on `access: premium` documents. */
  gatedFields: readonly string[]
  /** The tag count a published document adds to. */
  tagCount: TagCountRule
  /** The `kind` its tag-page cards carry. */
  cardKind: CardKindRule
  /** Card fields only this collection has (null on other cards). */
  cardFields: readonly ('level' | 'difficulty' | 'language')[]
  /** Order on the tag page: by `position` (then title), or newest `publishedAt` first. */
  orderedBy: 'position' | 'publishedAt'
}

const lessonCountKeys = {
  core: 'lessons',
  'system-design': 'systemDesigns',
  'behavioral-interview': 'behavioralInterviews',
} as const

export const contentRegistry = [
  {
    slug: 'stories',
    authored: false,
    rateable: false,
    gatedFields: ['content'],
    tagCount: { key: 'stories' },
    cardKind: { value: 'story' },
    cardFields: [],
    orderedBy: 'publishedAt',
  },
  {
    slug: 'lessons',
    authored: false,
    rateable: false,
    gatedFields: ['content'],
    tagCount: { byField: 'track', keys: lessonCountKeys },
    cardKind: { field: 'track', values: { core: 'lesson' } },
    cardFields: ['level', 'difficulty'],
    orderedBy: 'position',
  },
  {
    slug: 'community-articles',
    authored: true,
    rateable: true,
    gatedFields: ['content'],
    tagCount: { key: 'communityItems' },
    cardKind: { field: 'kind' },
    cardFields: [],
    orderedBy: 'publishedAt',
  },
  {
    slug: 'question-bundles',
    authored: true,
    rateable: true,
    gatedFields: ['content', 'questions.solution'],
    tagCount: { key: 'communityItems' },
    cardKind: { value: 'question-bundle' },
    cardFields: ['language'],
    orderedBy: 'publishedAt',
  },
] as const satisfies readonly ContentCollectionEntry[]

/** Collections whose documents can be tagged, liked, viewed, reviewed and gated. */
export type ContentCollection = (typeof contentRegistry)[number]['slug']
export const contentCollections: readonly ContentCollection[] = contentRegistry.map(
  ({ slug }) => slug,
)

type RateableEntry = Extract<(typeof contentRegistry)[number], { rateable: true }>
/** Collections whose documents carry a rating aggregate. */
export type RateableCollection = RateableEntry['slug']
export const rateableCollections = contentRegistry
  .filter((entry): entry is RateableEntry => entry.rateable)
  .map(({ slug }) => slug)

/** The registry entry of a content collection, or undefined for any other slug. */
export function contentEntry(slug: string): ContentCollectionEntry<ContentCollection> | undefined {
  return contentRegistry.find((entry) => entry.slug === slug)
}

export const isContentCollection = (slug: string): slug is ContentCollection =>
  contentEntry(slug) !== undefined

export const isRateable = (slug: string): slug is RateableCollection =>
  contentEntry(slug)?.rateable === true

/** Whether ownership comes from `author` (community) rather than the editor role (editorial). */
export const isAuthored = (slug: string): boolean => contentEntry(slug)?.authored === true
