import Link from 'next/link'
import { connection } from 'next/server'

import { isSafeLink } from '../../fields/link'
import { siteApi } from '../../site/api'
import { StoryCard } from '../../site/components/StoryCard'

/** The stories index: the `stories-index` global's texts and every published story as a card. */
export default async function StoriesIndexPage() {
  // Rendered per request (never at build time); the API answers come from the site's HTTP cache.
  await connection()
  const api = siteApi()
  const [texts, stories] = await Promise.all([
    api.findGlobal({ slug: 'stories-index', depth: 0 }),
    api.find({
      collection: 'stories',
      sort: 'publishedAt',
      limit: 100,
      depth: 0,
      select: { title: true, slug: true, summary: true, publishedAt: true, readingTime: true },
    }),
  ])
  const cta = texts.callToAction
  return (
    <>
      <section className="hero">
        <h1 data-testid="index-heading">{texts.heading}</h1>
        {texts.tagline ? (
          <p className="tagline" data-testid="index-tagline">
            {texts.tagline}
          </p>
        ) : null}
        {texts.intro ? (
          <p className="intro" data-testid="index-intro">
            {texts.intro}
          </p>
        ) : null}
      </section>
      <section aria-label="Stories" className="card-grid" data-testid="story-list">
        {stories.docs.map((story) => (
          <StoryCard key={story.id} story={story} />
        ))}
      </section>
      {cta?.heading ? (
        <section className="cta" data-testid="call-to-action">
          <h2>{cta.heading}</h2>
          {cta.text ? <p>{cta.text}</p> : null}
          {/* Checked when saved; checked again so no stored value becomes a script link. */}
          {isSafeLink(cta.link) ? (
            <Link className="button" href={cta.link} data-testid="call-to-action-link">
              {cta.label}
            </Link>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
