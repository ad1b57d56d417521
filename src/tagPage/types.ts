import type { TagCounts } from '../tagCounts/recompute'

/** Sections of a tag page, in the order they are shown. */
export const tagPageSections = [
  'lessons',
  'systemDesigns',
  'behavioralInterviews',
  'community',
  'stories',
] as const
export type TagPageSectionName = (typeof tagPageSections)[number]

export const cardKinds = [
  'lesson',
  'system-design',
  'behavioral-interview',
  'article',
  'interview-experience',
  'question-bundle',
  'story',
] as const
export type CardKind = (typeof cardKinds)[number]

/** A published document as a tag page lists it: no body, whatever its access tier. */
export interface Card {
  id: number
  collection: 'lessons' | 'community-articles' | 'question-bundles' | 'stories'
  kind: CardKind
  title: string
  slug: string
  summary: string | null
  /** Slugs of the document's tags, in the document's order. */
  tags: string[]
  /** Lessons only. */
  level?: string
  /** Lessons only. */
  difficulty?: string
  access: 'free' | 'premium'
  /** Question bundles only. */
  language?: string
  views: number
  likes: number
  /** Unrounded average and count of ratings (0 and 0 when unrated); null when not rateable. */
  rating: { average: number; count: number } | null
  publishedAt: string | null
  /** Community items only; null for editorial content or a deleted account. */
  author: { handle: string; name: string } | null
}

export interface TagPageSection {
  totalDocs: number
  docs: Card[]
}

export interface TagPage {
  tag: { name: string; slug: string; description: string | null }
  counts: TagCounts
  /** Every section, or only the one asked for with `section`. */
  sections: Partial<Record<TagPageSectionName, TagPageSection>>
}

/** A validated tag page request. */
export interface TagPageQuery {
  slug: string
  /** Documents per section, 1–100. */
  limit: number
  /** When set, only this section is returned, at `page`. */
  section?: TagPageSectionName
  /** 1-based page of `section` (1 without a section). */
  page: number
}
