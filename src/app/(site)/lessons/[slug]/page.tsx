import type { Metadata } from 'next'
import { connection } from 'next/server'

import { AccessBadge } from '../../../../site/components/AccessBadge'
import { LockNotice } from '../../../../site/components/LockNotice'
import { RichBody } from '../../../../site/components/RichBody'
import { TagList } from '../../../../site/components/TagList'
import { lessonBySlug, tagSlugsOf } from '../../../../site/documents'
import { shownViews } from '../../../../site/format'

interface Props {
  params: Promise<{ slug: string }>
}

const trackLabels = {
  core: 'Lesson',
  'system-design': 'System Design',
  'behavioral-interview': 'Behavioral Interview',
} as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection()
  const lesson = await lessonBySlug((await params).slug)
  return { title: lesson.title, description: lesson.summary }
}

/**
 * One lesson. A premium lesson reaches the site without its body (the API withholds it from
 * everyone without an entitlement, the site included): the page shows its teaser and a lock.
 */
export default async function LessonPage({ params }: Props) {
  await connection()
  const lesson = await lessonBySlug((await params).slug)
  return (
    <article
      className="article"
      data-testid="lesson"
      data-slug={lesson.slug}
      data-locked={lesson.locked ? 'true' : 'false'}
    >
      <p className="breadcrumb">{trackLabels[lesson.track]}</p>
      <h1 data-testid="lesson-title">{lesson.title}</h1>
      <p data-testid="lesson-summary">{lesson.summary}</p>
      <div className="meta">
        <AccessBadge access={lesson.access} />
        {lesson.level ? <span data-testid="lesson-level">{lesson.level}</span> : null}
        {lesson.difficulty ? (
          <span data-testid="lesson-difficulty">{lesson.difficulty}</span>
        ) : null}
        <span>
          <span data-testid="lesson-views">{shownViews(lesson.views)}</span> views
        </span>
      </div>
      <TagList slugs={tagSlugsOf(lesson.tags)} />
      {lesson.locked ? (
        <>
          <RichBody value={lesson.teaser} testId="lesson-teaser" />
          <LockNotice what="lesson" />
        </>
      ) : (
        <RichBody value={lesson.content} testId="lesson-body" />
      )}
    </article>
  )
}
