import Link from 'next/link'

import type { Card, CardKind } from '../../tagPage/types'
import { shownDate, shownRating, shownViews } from '../format'
import { AccessBadge } from './AccessBadge'
import { TagList } from './TagList'

const kindLabels: Record<CardKind, string> = {
  lesson: 'Lesson',
  'system-design': 'System Design',
  'behavioral-interview': 'Behavioral Interview',
  article: 'Article',
  'interview-experience': 'Interview Experience',
  'question-bundle': 'Question Bundle',
  story: 'Story',
}

/** Where a card leads: lessons and stories have pages on this site; community items not yet. */
function hrefOf(card: Card): string | null {
  if (card.collection === 'lessons') return `/lessons/${encodeURIComponent(card.slug)}`
  if (card.collection === 'stories') return `/stories/${encodeURIComponent(card.slug)}`
  return null
}

/** A document on a tag page: kind, access, title, summary, tags and its engagement. */
export function ItemCard({ card }: { card: Card }) {
  const href = hrefOf(card)
  const rating = shownRating(card.rating)
  const date = shownDate(card.publishedAt)
  return (
    <article
      className="card"
      data-testid="card"
      data-kind={card.kind}
      data-collection={card.collection}
      data-slug={card.slug}
    >
      <div className="card-top">
        <span data-testid="card-kind">{kindLabels[card.kind]}</span>
        <AccessBadge access={card.access} />
        {card.language ? <span data-testid="card-language">{card.language}</span> : null}
      </div>
      <h3 data-testid="card-title">{href ? <Link href={href}>{card.title}</Link> : card.title}</h3>
      {card.summary ? (
        <p className="summary" data-testid="card-summary">
          {card.summary}
        </p>
      ) : null}
      <TagList slugs={card.tags} />
      <div className="card-stats">
        {card.level ? <span data-testid="card-level">{card.level}</span> : null}
        <span>
          <span data-testid="card-views">{shownViews(card.views)}</span> views
        </span>
        <span>
          <span data-testid="card-likes">{card.likes}</span> likes
        </span>
        {rating ? (
          <span>
            ★ <span data-testid="card-rating">{rating}</span>
          </span>
        ) : null}
        {card.difficulty ? <span data-testid="card-difficulty">{card.difficulty}</span> : null}
        {card.collection !== 'lessons' && date ? <span data-testid="card-date">{date}</span> : null}
        {card.author ? (
          <span>
            by <span data-testid="card-author">{`@${card.author.handle}`}</span>
          </span>
        ) : null}
      </div>
    </article>
  )
}
