import Link from 'next/link'

import type { Story } from '../../../payload-types'
import { shownDate } from '../format'

export type StorySummary = Pick<Story, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt'> & {
  readingTime?: number | null
}

/** A story on the stories index: title (to its page), summary, date and reading time. */
export function StoryCard({ story }: { story: StorySummary }) {
  const date = shownDate(story.publishedAt)
  return (
    <article className="card" data-testid="story-card" data-slug={story.slug}>
      <h3 data-testid="card-title">
        <Link href={`/stories/${encodeURIComponent(story.slug ?? '')}`}>{story.title}</Link>
      </h3>
      <p className="summary" data-testid="card-summary">
        {story.summary}
      </p>
      <div className="card-stats">
        {date ? <span data-testid="card-date">{date}</span> : null}
        {story.readingTime ? <span>{story.readingTime} min read</span> : null}
      </div>
    </article>
  )
}
