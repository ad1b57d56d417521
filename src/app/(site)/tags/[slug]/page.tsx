import type { Metadata } from 'next'
import { connection } from 'next/server'

import { ItemCard } from '../../../../site/components/ItemCard'
import { tagPageBySlug } from '../../../../site/documents'
import type { TagPage, TagPageSectionName } from '../../../../tagPage/types'

interface Props {
  params: Promise<{ slug: string }>
}

type Counts = TagPage['counts']

/** The counts a tag page shows, in order; stories only when the tag has any. */
const countLines: { key: keyof Counts; one: string; many: string; always: boolean }[] = [
  { key: 'lessons', one: 'lesson', many: 'lessons', always: true },
  { key: 'systemDesigns', one: 'system design', many: 'system designs', always: true },
  {
    key: 'behavioralInterviews',
    one: 'behavioral interview',
    many: 'behavioral interviews',
    always: true,
  },
  { key: 'communityItems', one: 'community item', many: 'community items', always: true },
  { key: 'stories', one: 'story', many: 'stories', always: false },
]

/** Section headings and what their documents are called in the section's count. */
const sectionTitles: Record<TagPageSectionName, { title: string; one: string; many: string }> = {
  lessons: { title: 'Lessons', one: 'lesson', many: 'lessons' },
  systemDesigns: { title: 'System Design', one: 'article', many: 'articles' },
  behavioralInterviews: { title: 'Behavioral Interviews', one: 'article', many: 'articles' },
  community: { title: 'Community', one: 'item', many: 'items' },
  stories: { title: 'Stories', one: 'story', many: 'stories' },
}

const sectionOrder: TagPageSectionName[] = [
  'lessons',
  'systemDesigns',
  'behavioralInterviews',
  'community',
  'stories',
]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection()
  const page = await tagPageBySlug((await params).slug)
  return { title: page.tag.name, description: page.tag.description ?? undefined }
}

/** A tag: its name, per-kind counts and a section of cards per kind, from the API's tag page. */
export default async function TagPageView({ params }: Props) {
  await connection()
  const page = await tagPageBySlug((await params).slug)
  return (
    <div data-testid="tag-page" data-slug={page.tag.slug}>
      <p className="breadcrumb">Tags</p>
      <h1 data-testid="tag-name">{page.tag.name}</h1>
      {page.tag.description ? <p data-testid="tag-description">{page.tag.description}</p> : null}
      <ul className="tag-counts" data-testid="tag-counts">
        {countLines
          .filter((line) => line.always || page.counts[line.key] > 0)
          .map(({ key, one, many }) => (
            <li key={key} data-testid={`count-${key}`} data-count={page.counts[key]}>
              <strong>{page.counts[key]}</strong> {page.counts[key] === 1 ? one : many}
            </li>
          ))}
      </ul>
      {sectionOrder.map((name) => {
        const section = page.sections[name]
        if (!section || section.totalDocs === 0) return null
        const { title, one, many } = sectionTitles[name]
        return (
          <section key={name} data-testid={`section-${name}`} aria-labelledby={`section-${name}`}>
            <div className="section-head">
              <h2 id={`section-${name}`}>{title}</h2>
              <span data-testid="section-total" data-count={section.totalDocs}>
                {section.totalDocs} {section.totalDocs === 1 ? one : many}
              </span>
            </div>
            <div className="card-grid">
              {section.docs.map((card) => (
                <ItemCard key={`${card.collection}-${card.id}`} card={card} />
              ))}
            </div>
          </section>
        )
      })}
    </div>
  )
}
