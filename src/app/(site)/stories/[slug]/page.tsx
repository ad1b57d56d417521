import type { Metadata } from 'next'
import { connection } from 'next/server'

import { AccessBadge } from '../../../../site/components/AccessBadge'
import { HeroImage } from '../../../../site/components/HeroImage'
import { LockNotice } from '../../../../site/components/LockNotice'
import { RichBody } from '../../../../site/components/RichBody'
import { TagList } from '../../../../site/components/TagList'
import { storyBySlug, tagSlugsOf } from '../../../../site/documents'
import { shownDate, shownViews } from '../../../../site/format'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection()
  const story = await storyBySlug((await params).slug)
  return { title: story.title, description: story.summary }
}

/** One story: title, summary, meta and its body rendered from Lexical JSON. */
export default async function StoryPage({ params }: Props) {
  await connection()
  const story = await storyBySlug((await params).slug)
  const date = shownDate(story.publishedAt)
  return (
    <article className="article" data-testid="story" data-slug={story.slug}>
      <p className="breadcrumb">Stories</p>
      <h1 data-testid="story-title">{story.title}</h1>
      <p data-testid="story-summary">{story.summary}</p>
      <div className="meta">
        <AccessBadge access={story.access} />
        {date ? <span data-testid="story-date">{date}</span> : null}
        {story.readingTime ? <span>{story.readingTime} min read</span> : null}
        <span>
          <span data-testid="story-views">{shownViews(story.views)}</span> views
        </span>
      </div>
      <TagList slugs={tagSlugsOf(story.tags)} />
      <HeroImage image={story.heroImage} />
      {story.locked ? (
        <>
          <RichBody value={story.teaser} testId="story-teaser" />
          <LockNotice what="story" />
        </>
      ) : (
        <RichBody value={story.content} testId="story-body" />
      )}
    </article>
  )
}
