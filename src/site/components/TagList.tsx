import Link from 'next/link'

/** A document's tags by slug, each linking to its tag page. */
export function TagList({ slugs }: { slugs: string[] }) {
  if (slugs.length === 0) return null
  return (
    <ul className="tag-list" data-testid="card-tags">
      {slugs.map((slug) => (
        <li key={slug}>
          <Link href={`/tags/${encodeURIComponent(slug)}`}>{slug}</Link>
        </li>
      ))}
    </ul>
  )
}
