import { PayloadSDKError } from '@payloadcms/sdk'
import { notFound } from 'next/navigation'

import type { Lesson, Story, Tag } from '../../payload-types'
import type { TagPage } from '../tagPage/types'
import { siteApi } from './api'

/** Slugs of populated tags (depth ≥ 1); ids left unpopulated are skipped. */
export const tagSlugsOf = (tags: (number | Tag)[] | null | undefined): string[] =>
  (tags ?? []).flatMap((tag) => (typeof tag === 'object' && tag.slug ? [tag.slug] : []))

/** The published document of `collection` with this slug, tags populated; else a 404 page. */
async function publishedBySlug<Slug extends 'stories' | 'lessons'>(collection: Slug, slug: string) {
  const { docs } = await siteApi().find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? notFound()
}

/** The published story with this slug, with its tags; a 404 page when there is none. */
export const storyBySlug = (slug: string): Promise<Story> => publishedBySlug('stories', slug)

/**
 * The published lesson with this slug. For a premium lesson the API itself sends no body to the
 * site (`locked: true`, `content: null`, a `teaser`): the site never holds what it must not show.
 */
export const lessonBySlug = (slug: string): Promise<Lesson> => publishedBySlug('lessons', slug)

/** The API's tag page (`GET /api/tags/{slug}/page`); a 404 page for an unknown tag. */
export async function tagPageBySlug(slug: string): Promise<TagPage> {
  try {
    const response = await siteApi().request({
      method: 'GET',
      path: `/tags/${encodeURIComponent(slug)}/page`,
      args: { limit: 100 },
    })
    return (await response.json()) as TagPage
  } catch (error) {
    if (error instanceof PayloadSDKError && (error.status === 404 || error.status === 400)) {
      notFound()
    }
    throw error
  }
}
